package rendermap

// Discovery is what discovery (package crawl) found for one route pattern:
// its part of a [Route], and the whole route in a discovery result.
type Discovery struct {
	// Pattern is the route in bracket style, e.g. /products/[id] (see
	// [ParsePattern]).
	Pattern string `json:"pattern"`
	// Pages is the known or estimated number of URLs under the pattern.
	Pages int `json:"pages"`
	// PagesSource says where Pages came from: "sitemap", "discovery" or "urls".
	PagesSource string `json:"pages_source"`
	// PagesLowerBound is true when discovery was truncated.
	PagesLowerBound bool `json:"pages_lower_bound,omitempty"`
	// Pinned is true when the user gave the pattern.
	Pinned bool `json:"pinned,omitempty"`
	// Examples holds a few URLs of the pattern, sorted.
	Examples []string `json:"examples"`
	// QueryKeys lists the query keys seen on the pattern's URLs, sorted.
	QueryKeys []string `json:"query_keys,omitempty"`
	// InSitemap is true when the sitemap lists URLs of this pattern.
	InSitemap bool `json:"in_sitemap"`
	// Sample is the set of URLs chosen for measurement.
	Sample []SampleURL `json:"sample"`
	// Grouping says why discovery grouped these URLs into this pattern.
	// In audit.json it is the route's last key (see [Route.MarshalJSON]).
	Grouping *Grouping `json:"grouping,omitempty"`
}

// SampleURL is one URL chosen for measurement.
type SampleURL struct {
	URL string `json:"url"`
	// Lastmod is the sitemap lastmod (RFC 3339), when known.
	Lastmod string `json:"lastmod,omitempty"`
	// Broken says why the URL's render timed out or crashed during
	// discovery; measuring then skips its loads (one timeout per broken
	// URL, not one per load) and records this reason.
	Broken string `json:"broken,omitempty"`
}

package rendermap

// Grouping records why discovery grouped URLs into one route pattern and
// how sure it is.
type Grouping struct {
	// By names the evidence that decided the pattern: "url" (the URL shape
	// alone), "template" (the structure of rendered pages), "framework"
	// (route data the site's framework exposed in the page) or "pinned"
	// (the user gave the pattern).
	By string `json:"by"`
	// Confidence is "high", "medium" or "low".
	Confidence string `json:"confidence"`
	// Evidence says in one sentence what was seen.
	Evidence string `json:"evidence"`
	// PagesCompared counts the rendered pages whose structure or route data
	// was compared.
	PagesCompared int `json:"pages_compared,omitempty"`
	// Templates counts the distinct templates those pages showed.
	Templates int `json:"templates,omitempty"`
}

// Unaudited is a route pattern whose URLs discovery found but kept out of
// the audit, with the reason.
type Unaudited struct {
	// Pattern is the bracket-style pattern of the URLs kept out.
	Pattern string `json:"pattern"`
	// URLs counts them.
	URLs int `json:"urls"`
	// URLsLowerBound is true when more were kept out than were recorded.
	URLsLowerBound bool `json:"urls_lower_bound,omitempty"`
	// Reason is "robots" (disallowed by robots.txt), "scope" (outside
	// --include/--exclude), "limit" (--max-urls or --max-per-pattern) or
	// "error" (the page answered 404 or 410).
	Reason string `json:"reason"`
	// Message says why and what to do, in one sentence.
	Message string `json:"message"`
}

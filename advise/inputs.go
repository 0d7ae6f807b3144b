package advise

import "math"

// Inputs are the numbers the cost model needs for one route pattern. Rates
// are per day and times in seconds unless the name says otherwise.
type Inputs struct {
	// Pages is the number of distinct URLs; for an open URL space, distinct URLs per day.
	Pages float64
	// OpenURLSpace is true when URLs cannot be enumerated (query-keyed, not in a sitemap).
	OpenURLSpace bool
	// VisitsPerDay is the whole pattern's page views per day.
	VisitsPerDay float64
	// RenderSeconds is the origin render time of one page on a cache miss.
	RenderSeconds float64
	// APISeconds is the server work behind the page's data requests, per view.
	APISeconds float64
	// ClientRendered is true when the content arrives through data requests after scripts run.
	ClientRendered bool
	// ChangesPerDay is how often one page's content changes.
	ChangesPerDay float64
	// ChangeRateKnown is false when ChangesPerDay is a default assumption.
	ChangeRateKnown bool
	// BudgetSeconds is the freshness budget: how stale content may be.
	BudgetSeconds float64
	// BuildSecondsPerPage, BuildOverheadSeconds and BuildWorkers describe builds.
	BuildSecondsPerPage  float64
	BuildOverheadSeconds float64
	BuildWorkers         float64
	// Incremental is true when builds render only changed pages.
	Incremental bool
	// MaxDeploysPerDay caps builds per day.
	MaxDeploysPerDay float64
	// Personalized is true when most of the page differs between visitors.
	Personalized bool
	// Indexable is true when search engines should see the page (in the sitemap, not noindex).
	Indexable bool
	// EdgeMS is the TTFB of a response served from a cache; OriginMS of one rendered at the origin.
	EdgeMS   float64
	OriginMS float64
	// NetworkMS is one round trip to the site.
	NetworkMS float64
	// Price is the price per compute second; 0 hides money.
	Price float64
}

// sane replaces NaN, infinities and negatives by 0.
func sane(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
		return 0
	}
	return x
}

// sanitized returns a copy with every number finite and non-negative, and
// the divisors at least their documented minimum.
func (in Inputs) sanitized() Inputs {
	for _, p := range []*float64{&in.Pages, &in.VisitsPerDay, &in.RenderSeconds, &in.APISeconds,
		&in.ChangesPerDay, &in.BudgetSeconds, &in.BuildSecondsPerPage, &in.BuildOverheadSeconds,
		&in.BuildWorkers, &in.MaxDeploysPerDay, &in.EdgeMS, &in.OriginMS, &in.NetworkMS, &in.Price} {
		*p = sane(*p)
	}
	in.BuildWorkers = math.Max(in.BuildWorkers, 1)
	return in
}

// pageSeconds is the server work to produce one page's content.
func (in Inputs) pageSeconds() float64 {
	if in.ClientRendered {
		return in.RenderSeconds + in.APISeconds
	}
	return in.RenderSeconds
}

// buildSecondsPerPage is the build cost of one page (the render cost when unset).
func (in Inputs) buildSecondsPerPage() float64 {
	if in.BuildSecondsPerPage > 0 {
		return in.BuildSecondsPerPage
	}
	return in.pageSeconds()
}

// visitsPerPage is the views per distinct URL per day.
func (in Inputs) visitsPerPage() float64 {
	if in.Pages <= 0 {
		return 0
	}
	return in.VisitsPerDay / in.Pages
}

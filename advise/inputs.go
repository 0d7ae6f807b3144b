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
	// ChangesHigh is the upper end of the change rate's 95% interval; static
	// must meet the budget even there. 0 means ChangesPerDay.
	ChangesHigh float64
	// SharedClock is true when the pattern's pages change together (one
	// clock or one publish): a build then carries every page's change.
	SharedClock bool
	// DataPrivate is true when client-rendered content comes from data
	// requests answered per visitor: no shared page can hold it.
	DataPrivate bool
	// SiteInterval is the site's own ISR interval, in seconds, when it has one.
	SiteInterval float64
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
	// Audience is the model of who visits, for the visitors' TTFB.
	Audience Audience
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
		&in.BuildWorkers, &in.MaxDeploysPerDay, &in.EdgeMS, &in.OriginMS, &in.NetworkMS, &in.Price,
		&in.ChangesHigh, &in.SiteInterval} {
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

// patternChanges is how many builds a day rate changes per page call for:
// one per page change, or one per change of all pages at once on a shared clock.
func (in Inputs) patternChanges(rate float64) float64 {
	if in.SharedClock {
		return rate
	}
	return in.Pages * rate
}

// changesHigh is the change rate static must survive.
func (in Inputs) changesHigh() float64 { return math.Max(in.ChangesHigh, in.ChangesPerDay) }

// sharedCopyImpossible is true when one copy cannot serve every visitor:
// the page is personalized, or its content comes from per-visitor data.
func (in Inputs) sharedCopyImpossible() string {
	switch {
	case in.Personalized:
		return "the page is personalized, so one shared copy cannot serve every visitor"
	case in.ClientRendered && in.DataPrivate:
		return "its content comes from data requests answered per visitor (private), so one shared copy cannot hold it"
	case in.ClientRendered && !in.ChangeRateKnown:
		return "the content comes from data requests at view time and how often that data changes is unknown"
	}
	return ""
}

package rendermap

// Strategy is a way to render a route.
type Strategy string

// The four strategies rendermap recommends between.
const (
	Static Strategy = "static"
	ISR    Strategy = "isr"
	SSR    Strategy = "ssr"
	Client Strategy = "client"
)

// Strategies lists all strategies in a stable order.
var Strategies = []Strategy{Static, ISR, SSR, Client}

// Input is one model input with the place it came from.
type Input struct {
	Value float64 `json:"value"`
	// Source is "measured", "sitemap", "logs", "config" or "default".
	Source string `json:"source"`
}

// ModelInputs are the cost model's inputs for one route pattern.
type ModelInputs struct {
	Pages                Input `json:"pages"`
	RenderSeconds        Input `json:"render_seconds"`
	ChangesPerDay        Input `json:"changes_per_day"`
	VisitsPerDay         Input `json:"visits_per_day"`
	FreshnessBudgetSec   Input `json:"freshness_budget_seconds"`
	BuildSecondsPerPage  Input `json:"build_seconds_per_page"`
	BuildOverheadSeconds Input `json:"build_overhead_seconds"`
	BuildWorkers         Input `json:"build_workers"`
	// MaxDeploysPerDay caps how many static builds can ship per day.
	MaxDeploysPerDay Input `json:"max_deploys_per_day"`
	// APISecondsPerView is the server work behind a client-rendered page's data requests, per view.
	APISecondsPerView Input `json:"api_seconds_per_view"`
	// VisitsPerURL is how often one distinct URL is visited per day (open URL spaces such as ?q=).
	VisitsPerURL *Input `json:"visits_per_url,omitempty"`
	// PricePerComputeSecond converts compute seconds to money, when given.
	PricePerComputeSecond *Input `json:"price_per_compute_second,omitempty"`
	// NearRTTMS, FarRTTMS and EdgeRTTMS are the audience model: round trips
	// from a visitor near the origin, from one an ocean away, and from any
	// visitor to the nearest edge.
	NearRTTMS Input `json:"near_rtt_ms"`
	FarRTTMS  Input `json:"far_rtt_ms"`
	EdgeRTTMS Input `json:"edge_rtt_ms"`
}

// Recommendation is the advised strategy for a route.
type Recommendation struct {
	Strategy Strategy `json:"strategy"`
	// RevalidateSeconds is the ISR interval, set when Strategy is isr.
	RevalidateSeconds int64 `json:"revalidate_seconds,omitempty"`
	// Confidence is "high", "medium" or "low".
	Confidence string `json:"confidence"`
	// ClientIsland is true when a small personalized part should render in the browser.
	ClientIsland bool `json:"client_island,omitempty"`
	// Cost is the chosen strategy's own per-day cost, to compare with Alternatives.
	Cost *Cost `json:"cost,omitempty"`
	// Gain is what changing from today's strategy buys; nil when the route
	// already is served as recommended or today's strategy is unknown.
	Gain *Gain `json:"gain,omitempty"`
	// Reasons each cite their evidence.
	Reasons []string `json:"reasons"`
	// Decision says in one sentence why this strategy, without naming it:
	// what rules out each strategy closer to the edge, or that nothing does
	// (the first reason is the same sentence with the strategy named).
	Decision string `json:"decision,omitempty"`
}

// Cost is the per-day cost of one strategy for one route.
type Cost struct {
	ComputeSecondsPerDay float64 `json:"compute_seconds_per_day"`
	// Money is compute cost per day when a price was given.
	Money              float64 `json:"money_per_day,omitempty"`
	StalenessExpectedS float64 `json:"staleness_expected_seconds"`
	StalenessWorstS    float64 `json:"staleness_worst_seconds"`
	TTFBMS             float64 `json:"ttfb_ms"`
	Feasible           bool    `json:"feasible"`
	// ContentMS estimates when the main content is available to the browser:
	// TTFB for server-rendered HTML, shell plus data round trip for client.
	ContentMS float64 `json:"content_ms"`
	// EventsPerDay counts builds (static), regenerations (isr) or renders (ssr, client API calls).
	EventsPerDay float64 `json:"events_per_day"`
	// BuildSeconds is the wall time of one build (static only).
	BuildSeconds float64 `json:"build_seconds,omitempty"`
	// HitRatio is the share of views served without origin work.
	HitRatio float64 `json:"hit_ratio"`
	// Infeasible says why Feasible is false, in one sentence.
	Infeasible string `json:"infeasible,omitempty"`
	// OriginRequestsPerDay counts the requests that reach the origin:
	// builds, regenerations, renders or API calls.
	OriginRequestsPerDay float64 `json:"origin_requests_per_day"`
	// Visitors is the TTFB p50 of a cold visit under the audience model.
	Visitors *VisitorTTFB `json:"visitors,omitempty"`
}

// VisitorTTFB is the time to first byte two visitors get, in milliseconds,
// under the audience model: one near the origin, one an ocean away.
type VisitorTTFB struct {
	NearMS float64 `json:"near_ms"`
	FarMS  float64 `json:"far_ms"`
}

// Gain is what a recommended change buys, against how the route is served
// today.
type Gain struct {
	// From is today's strategy.
	From Strategy `json:"from"`
	// Today and Recommended are the visitors' TTFB p50 either way.
	Today       VisitorTTFB `json:"today"`
	Recommended VisitorTTFB `json:"recommended"`
	// OriginRequestsSavedPerDay, ComputeSecondsSavedPerDay and
	// MoneySavedPerDay are today's figure minus the recommended one; a
	// negative value is a cost.
	OriginRequestsSavedPerDay float64 `json:"origin_requests_saved_per_day"`
	ComputeSecondsSavedPerDay float64 `json:"compute_seconds_saved_per_day"`
	MoneySavedPerDay          float64 `json:"money_saved_per_day,omitempty"`
	// StalenessWorstSeconds is how stale content can get as recommended,
	// against BudgetSeconds, the freshness budget.
	StalenessWorstSeconds float64 `json:"staleness_worst_seconds"`
	BudgetSeconds         float64 `json:"budget_seconds"`
}

// Alternative is a strategy that was not chosen.
type Alternative struct {
	Strategy          Strategy `json:"strategy"`
	RevalidateSeconds int64    `json:"revalidate_seconds,omitempty"`
	Cost              Cost     `json:"cost"`
	// WhyNot says why it lost, in one sentence.
	WhyNot string `json:"why_not"`
	// Decided names the dimension that decided against it: "feasibility",
	// "edge" (the pick is closer to the edge at no material extra cost),
	// "compute" or "deploys" (it costs materially more).
	Decided string `json:"decided"`
}

// BreakEven is a figure at which the recommendation would flip.
type BreakEven struct {
	// Variable names the input, e.g. "pages" or "visits_per_page_per_window".
	Variable string  `json:"variable"`
	Value    float64 `json:"value"`
	// Message states the figure in one sentence.
	Message string `json:"message"`
}

// ModelSummary holds site-wide model figures.
type ModelSummary struct {
	// Assumptions lists every default used in place of a measured input.
	Assumptions []string `json:"assumptions"`
	// Extra site-wide projections are added by advise.
	StaticBuildSeconds    float64 `json:"static_build_seconds"`
	TightestBudgetSeconds float64 `json:"tightest_budget_seconds"`
	// StaticCandidatePages counts pages of routes that could be pre-rendered
	// (not personalized, not an open URL space).
	StaticCandidatePages int `json:"static_candidate_pages"`
	// BuildSecondsPerPage is the page-weighted mean build time per page.
	BuildSecondsPerPage float64 `json:"build_seconds_per_page"`
	// BuildWorkers and BuildOverheadSeconds are the build facts used.
	BuildWorkers         float64 `json:"build_workers"`
	BuildOverheadSeconds float64 `json:"build_overhead_seconds"`
	// MaxPagesWithinBudget is the page count whose full build just fits the tightest budget.
	MaxPagesWithinBudget float64 `json:"max_pages_within_budget"`
	// Curve projects full build time at reference site sizes, this site included.
	Curve []BuildPoint `json:"curve,omitempty"`
	// Verdict says in one sentence where the site stands on the curve.
	Verdict string `json:"verdict,omitempty"`
	// ComputeSecondsPerDay totals the recommended strategies' compute.
	ComputeSecondsPerDay float64 `json:"compute_seconds_per_day"`
	// MoneyPerDay is ComputeSecondsPerDay priced, when a price was given.
	MoneyPerDay float64 `json:"money_per_day,omitempty"`
}

// BuildPoint is one point of the full-build-time projection.
type BuildPoint struct {
	Pages        float64 `json:"pages"`
	BuildSeconds float64 `json:"build_seconds"`
	// ThisSite marks the point for the audited site.
	ThisSite bool `json:"this_site,omitempty"`
}

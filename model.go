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
	// Reasons each cite their evidence.
	Reasons []string `json:"reasons"`
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
}

// Alternative is a strategy that was not chosen.
type Alternative struct {
	Strategy          Strategy `json:"strategy"`
	RevalidateSeconds int64    `json:"revalidate_seconds,omitempty"`
	Cost              Cost     `json:"cost"`
	// WhyNot says why it lost, in one sentence.
	WhyNot string `json:"why_not"`
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
}

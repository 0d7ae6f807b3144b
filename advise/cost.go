package advise

import (
	"math"
	"time"

	"github.com/rendermap/rendermap"
)

// Cost returns the per-day cost of serving a route with strategy s. T is the
// ISR revalidate interval; 0 picks the largest interval that meets the
// freshness budget (see [Interval]). Other strategies ignore T.
func Cost(s rendermap.Strategy, in Inputs, T time.Duration) rendermap.Cost {
	in = in.sanitized()
	var c rendermap.Cost
	switch s {
	case rendermap.Static:
		c = staticCost(in)
	case rendermap.ISR:
		c = isrCost(in, T)
	case rendermap.SSR:
		c = ssrCost(in)
	case rendermap.Client:
		c = clientCost(in)
	default:
		c = rendermap.Cost{Infeasible: "unknown strategy"}
	}
	c.Money = c.ComputeSecondsPerDay * in.Price
	return c
}

// Interval returns the largest ISR interval whose worst staleness (T plus
// one render) fits the budget, and false when none does. Intervals of two
// minutes and more are whole minutes, shorter ones whole seconds, so the
// advice reads as people write config (59m, not 59m59s).
func Interval(in Inputs) (time.Duration, bool) {
	in = in.sanitized()
	t := math.Floor(in.BudgetSeconds - in.pageSeconds())
	if t < 1 {
		return 0, false
	}
	if t >= 120 {
		t = math.Floor(t/60) * 60
	}
	return time.Duration(t) * time.Second, true
}

// staticBuild returns builds per day, pages per build and the wall time of one build.
func staticBuild(in Inputs) (builds, pages, wall float64) {
	changes := in.Pages * in.ChangesPerDay
	builds = math.Min(changes, in.MaxDeploysPerDay)
	pages = in.Pages
	if in.Incremental && builds > 0 {
		pages = math.Min(in.Pages, changes/builds)
	}
	wall = in.BuildOverheadSeconds + pages*in.buildSecondsPerPage()/in.BuildWorkers
	return builds, pages, wall
}

func staticCost(in Inputs) rendermap.Cost {
	builds, pages, wall := staticBuild(in)
	c := rendermap.Cost{
		ComputeSecondsPerDay: builds * (in.BuildOverheadSeconds + pages*in.buildSecondsPerPage()),
		EventsPerDay:         builds,
		BuildSeconds:         wall,
		TTFBMS:               in.EdgeMS,
		ContentMS:            in.EdgeMS,
		HitRatio:             1,
	}
	c.StalenessExpectedS, c.StalenessWorstS = staticStaleness(in, wall)
	c.Infeasible = staticInfeasible(in, c.StalenessWorstS)
	c.Feasible = c.Infeasible == ""
	return c
}

// staticStaleness is build time alone while changes fit the deploy ceiling,
// otherwise changes wait for the next deploy slot (batching delay).
func staticStaleness(in Inputs, wall float64) (expected, worst float64) {
	if in.Pages*in.ChangesPerDay <= in.MaxDeploysPerDay {
		return wall, wall
	}
	batch := day / math.Max(in.MaxDeploysPerDay, 1/day)
	return batch/2 + wall, batch + wall
}

func staticInfeasible(in Inputs, worst float64) string {
	switch {
	case in.Personalized:
		return "the page is personalized, so one pre-rendered copy cannot serve every visitor"
	case in.OpenURLSpace:
		return "the URL space is open (query-keyed, not in a sitemap), so pages cannot be enumerated at build time"
	case in.ClientRendered && !in.ChangeRateKnown:
		return "the content comes from data requests at view time and how often that data changes is unknown"
	case worst > in.BudgetSeconds:
		return "a change can wait longer than the freshness budget (deploy batching plus build time)"
	}
	return ""
}

func isrCost(in Inputs, T time.Duration) rendermap.Cost {
	if T <= 0 {
		T, _ = Interval(in)
	}
	t := math.Max(T.Seconds(), 1)
	v := in.visitsPerPage()
	regens := in.Pages * regenerations(v, t)
	c := rendermap.Cost{
		ComputeSecondsPerDay: regens * in.pageSeconds(),
		EventsPerDay:         regens,
		HitRatio:             hitRatio(regens, in.VisitsPerDay),
		StalenessWorstS:      t + in.pageSeconds(),
		StalenessExpectedS:   expectedLag(t, in.ChangesPerDay/day) + in.pageSeconds(),
	}
	c.TTFBMS = c.HitRatio*in.EdgeMS + (1-c.HitRatio)*in.OriginMS
	c.ContentMS = c.TTFBMS
	c.Infeasible = isrInfeasible(in, c.StalenessWorstS)
	c.Feasible = c.Infeasible == ""
	return c
}

func isrInfeasible(in Inputs, worst float64) string {
	switch {
	case in.Personalized:
		return "the page is personalized, so a shared regenerated copy cannot serve every visitor"
	case in.ClientRendered && !in.ChangeRateKnown:
		return "the content comes from data requests at view time and how often that data changes is unknown"
	case worst > in.BudgetSeconds:
		return "even a one-second interval plus one render exceeds the freshness budget"
	}
	return ""
}

// regenerations is the expected number of ISR regenerations per page per
// day for v Poisson visits per day and interval t seconds: each cycle is t
// plus the wait for the next visit, so the rate is 1/(t/day + 1/v). It never
// exceeds min(v, day/t).
func regenerations(v, t float64) float64 {
	if v <= 0 {
		return 0
	}
	return v / (1 + v*t/day)
}

func hitRatio(misses, visits float64) float64 {
	if visits <= 0 {
		return 0
	}
	return math.Max(0, 1-misses/visits)
}

func ssrCost(in Inputs) rendermap.Cost {
	return rendermap.Cost{
		ComputeSecondsPerDay: in.VisitsPerDay * in.pageSeconds(),
		EventsPerDay:         in.VisitsPerDay,
		TTFBMS:               in.OriginMS,
		ContentMS:            in.OriginMS,
		Feasible:             true,
	}
}

// clientCost is a static shell from the edge plus the API work per view; the
// content is ready one round trip and one API call after the shell.
func clientCost(in Inputs) rendermap.Cost {
	c := rendermap.Cost{
		ComputeSecondsPerDay: in.VisitsPerDay * in.APISeconds,
		EventsPerDay:         in.VisitsPerDay,
		TTFBMS:               in.EdgeMS,
		ContentMS:            in.EdgeMS + in.NetworkMS + in.APISeconds*1000,
		HitRatio:             0,
		Feasible:             true,
	}
	if in.Indexable {
		c.Feasible = false
		c.Infeasible = "search engines should see this page (in the sitemap, not noindex), and client rendering hides its content from crawlers and delays first contentful paint"
	}
	return c
}

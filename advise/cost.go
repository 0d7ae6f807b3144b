package advise

import (
	"fmt"
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
	c.Visitors = in.visitors(edgeShare(s, c))
	return c
}

// Interval returns the site's own ISR interval when its worst staleness (T
// plus one render) fits the budget, else the largest interval that fits,
// and false when none does. Intervals of two minutes and more are whole
// minutes, shorter ones whole seconds, so the advice reads as people write
// config (59m, not 59m59s).
func Interval(in Inputs) (time.Duration, bool) {
	in = in.sanitized()
	if in.SiteInterval >= 1 && in.SiteInterval+in.pageSeconds() <= in.BudgetSeconds {
		return time.Duration(in.SiteInterval) * time.Second, true // the site's own, kept
	}
	t := math.Floor(in.BudgetSeconds - in.pageSeconds())
	if t < 1 {
		return 0, false
	}
	if t >= 120 {
		t = math.Floor(t/60) * 60
	}
	return time.Duration(t) * time.Second, true
}

// staticBuild returns builds per day, pages per build and the wall time of
// one build. Changes beyond the deploy ceiling are batched: one build
// carries every change since the last.
func staticBuild(in Inputs) (builds, pages, wall float64) {
	changes := in.patternChanges(in.ChangesPerDay)
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
		OriginRequestsPerDay: builds,
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
// otherwise changes wait for the next deploy slot (batching delay). It
// uses the upper end of the change rate: static must hold there too.
func staticStaleness(in Inputs, wall float64) (expected, worst float64) {
	if in.patternChanges(in.changesHigh()) <= in.MaxDeploysPerDay {
		return wall, wall
	}
	batch := day / math.Max(in.MaxDeploysPerDay, 1/day)
	return batch/2 + wall, batch + wall
}

func staticInfeasible(in Inputs, worst float64) string {
	if why := in.sharedCopyImpossible(); why != "" {
		return why
	}
	switch {
	case in.OpenURLSpace:
		return "the URL space is open (query-keyed, not in a sitemap), so pages cannot be enumerated at build time"
	case !in.ChangeRateKnown:
		return "how often the content changes is unknown, so builds cannot be shown to follow it"
	case worst > in.BudgetSeconds:
		return fmt.Sprintf("up to %s content changes a day would need more than %g deploys, so a change could wait %s for a build, longer than the %s freshness budget",
			num(in.patternChanges(in.changesHigh())), in.MaxDeploysPerDay, human(worst), human(in.BudgetSeconds))
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
		OriginRequestsPerDay: regens,
		HitRatio:             hitRatio(regens, in.VisitsPerDay),
		StalenessWorstS:      t + in.pageSeconds(),
		StalenessExpectedS:   expectedLag(t, in.ChangesPerDay/day) + in.pageSeconds(),
	}
	c.TTFBMS = c.HitRatio*in.EdgeMS + (1-c.HitRatio)*in.OriginMS
	c.ContentMS = c.TTFBMS
	c.Infeasible = isrInfeasible(in, t, c.StalenessWorstS)
	c.Feasible = c.Infeasible == ""
	return c
}

// isrInfeasible: no shared copy can serve every visitor, views never repeat
// within the interval (an open URL space), or the content must be fresher
// than one render.
func isrInfeasible(in Inputs, t, worst float64) string {
	if why := in.sharedCopyImpossible(); why != "" {
		return why
	}
	switch {
	case in.OpenURLSpace && in.visitsPerPage()*t/day < 1:
		return fmt.Sprintf("every view is of a new URL (%s views per URL within the %s interval), so a regenerated copy is never reused",
			num(in.visitsPerPage()*t/day), human(t))
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
		OriginRequestsPerDay: in.VisitsPerDay,
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
		OriginRequestsPerDay: in.VisitsPerDay,
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

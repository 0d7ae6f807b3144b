package advise

import (
	"fmt"
	"math"

	"github.com/rendermap/rendermap"
)

// breakEvens returns the figures at which the pick would flip.
func breakEvens(r *rendermap.Route, g gathered, opts []option, best int) []rendermap.BreakEven {
	var out []rendermap.BreakEven
	for _, f := range []func(*rendermap.Route, gathered, []option, int) (rendermap.BreakEven, bool){
		pagesBreakEven, changesBreakEven, visitsBreakEven, islandBreakEven,
	} {
		if b, ok := f(r, g, opts, best); ok {
			out = append(out, b)
		}
	}
	return out
}

// pagesBreakEven: a full build fits the budget while
// overhead + pages × build time / workers ≤ budget.
func pagesBreakEven(_ *rendermap.Route, g gathered, _ []option, _ int) (rendermap.BreakEven, bool) {
	in := g.in.sanitized()
	b := in.buildSecondsPerPage()
	if in.Personalized || in.OpenURLSpace || (in.ClientRendered && !in.ChangeRateKnown) || b <= 0 {
		return rendermap.BreakEven{}, false
	}
	n := math.Max(0, (in.BudgetSeconds-in.BuildOverheadSeconds)*in.BuildWorkers/b)
	return rendermap.BreakEven{Variable: "pages", Value: math.Floor(n), Message: fmt.Sprintf(
		"static stops fitting the %s freshness budget above %s pages at current build speed (%s per page, %g workers, %s overhead); this pattern has %s",
		human(in.BudgetSeconds), num(math.Floor(n)), human(b), in.BuildWorkers, human(in.BuildOverheadSeconds), num(in.Pages))}, true
}

// changesBreakEven: the pattern-wide change rate at which static flips.
// While static is the pick it flips when its build cost exceeds the best
// server strategy by a material amount; otherwise static becomes the
// cheapest below rival cost / compute per build.
func changesBreakEven(_ *rendermap.Route, g gathered, opts []option, best int) (rendermap.BreakEven, bool) {
	in := g.in.sanitized()
	rival, ok := cheapestOf(opts, rendermap.ISR, rendermap.SSR)
	perBuild := in.BuildOverheadSeconds + in.Pages*in.buildSecondsPerPage()
	if in.Personalized || in.OpenURLSpace || (in.ClientRendered && !in.ChangeRateKnown) || !ok || perBuild <= 0 {
		return rendermap.BreakEven{}, false
	}
	now := in.Pages * in.ChangesPerDay
	if opts[best].s != rendermap.Static {
		x := math.Min(rival.c.ComputeSecondsPerDay/perBuild, in.MaxDeploysPerDay)
		return rendermap.BreakEven{Variable: "changes_per_day", Value: x, Message: fmt.Sprintf(
			"static would be cheaper than %s below %s content changes a day across the pattern (now %s)", rival.s, num(x), num(now))}, true
	}
	x, ok := bisect(func(r float64) bool {
		c := r * perBuild
		return material(c-rival.c.ComputeSecondsPerDay, c)
	}, 0, in.MaxDeploysPerDay)
	if !ok {
		return rendermap.BreakEven{}, false
	}
	return rendermap.BreakEven{Variable: "changes_per_day", Value: x, Message: fmt.Sprintf(
		"static stays worth it below %s content changes a day across the pattern (now %s); above that %s saves a material amount", num(x), num(now), rival.s)}, true
}

func cheapestOf(opts []option, ss ...rendermap.Strategy) (option, bool) {
	var best option
	found := false
	for _, o := range opts {
		for _, s := range ss {
			if o.s == s && o.c.Feasible && (!found || o.c.ComputeSecondsPerDay < best.c.ComputeSecondsPerDay) {
				best, found = o, true
			}
		}
	}
	return best, found
}

// visitsBreakEven finds, by bisection, the views per page per revalidate
// window above which isr saves a material amount over ssr.
func visitsBreakEven(_ *rendermap.Route, g gathered, opts []option, _ int) (rendermap.BreakEven, bool) {
	isr := opts[1]
	in := g.in.sanitized()
	if !isr.c.Feasible || isr.T <= 0 || in.pageSeconds() <= 0 || in.Pages <= 0 {
		return rendermap.BreakEven{}, false
	}
	t := isr.T.Seconds()
	saves := func(v float64) bool {
		x := in
		x.VisitsPerDay = v * in.Pages
		ssr, isrc := Cost(rendermap.SSR, x, 0).ComputeSecondsPerDay, Cost(rendermap.ISR, x, isr.T).ComputeSecondsPerDay
		return material(ssr-isrc, ssr)
	}
	v, ok := bisect(saves, 0, 1e9)
	if !ok {
		return rendermap.BreakEven{}, false
	}
	w := v * t / day
	return rendermap.BreakEven{Variable: "visits_per_page_per_window", Value: w, Message: fmt.Sprintf(
		"isr beats ssr above %s views per page per %s revalidate window (now %s)",
		num(w), human(t), num(in.visitsPerPage()*t/day))}, true
}

// bisect finds the smallest x in [lo, hi] where the monotone predicate turns true.
func bisect(ok func(float64) bool, lo, hi float64) (float64, bool) {
	if !ok(hi) {
		return 0, false
	}
	for range 200 {
		mid := lo + (hi-lo)/2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, true
}

func islandBreakEven(r *rendermap.Route, g gathered, _ []option, _ int) (rendermap.BreakEven, bool) {
	if !g.in.Personalized || r.Personalized.DiffFraction <= 0 {
		return rendermap.BreakEven{}, false
	}
	return rendermap.BreakEven{Variable: "diff_fraction", Value: IslandMaxFraction, Message: fmt.Sprintf(
		"if the personalized part shrank to %.0f%% of the page (now %.0f%%), static or isr with a client island would apply",
		IslandMaxFraction*100, r.Personalized.DiffFraction*100)}, true
}

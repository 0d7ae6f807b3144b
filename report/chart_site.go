package report

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/plot/plotter"

	"github.com/rendermap/rendermap"
)

// buildCurve is the whole-site build-time projection: seconds for a full
// static build as a function of pages.
type buildCurve struct {
	// Points is the curve, sorted by pages.
	Points plotter.XYs
	// Pages and Seconds place this site on the curve.
	Pages, Seconds float64
	// Budget is the tightest freshness budget of the routes recommended
	// static, in seconds: the only routes whose content waits for a build
	// (0 when none applies). BudgetRoute names the route it belongs to.
	Budget      float64
	BudgetRoute string
	// MaxPages is the largest page count whose full build fits Budget
	// (0 when no budget applies or not even one page fits).
	MaxPages float64
	// Overhead is the fixed part of every build, in seconds.
	Overhead float64
}

// siteBuildCurve reads the projection from a.Model: its Curve when advise
// wrote one, else a straight line overhead + pages × seconds per page /
// workers through this site's figure. ok is false without model figures.
func siteBuildCurve(a *rendermap.Audit) (buildCurve, bool) {
	m := a.Model
	if m == nil || bad(m.StaticBuildSeconds) || m.StaticBuildSeconds <= 0 {
		return buildCurve{}, false
	}
	c := buildCurve{Pages: float64(m.StaticCandidatePages), Seconds: m.StaticBuildSeconds, Overhead: positive(m.BuildOverheadSeconds)}
	if c.Pages <= 0 {
		c.Pages = float64(totalPages(a))
	}
	c.Budget, c.BudgetRoute = staticBudget(a)
	c.Points = curvePoints(m.Curve, &c)
	if len(c.Points) < 2 {
		c.Points = linearCurve(m, c)
	}
	if b, w := positive(m.BuildSecondsPerPage), positive(m.BuildWorkers); c.Budget > 0 && b > 0 && w > 0 {
		// The model's own line, past the end of the drawn curve too.
		c.MaxPages = math.Max(0, (c.Budget-c.Overhead)*w/b)
	} else {
		c.MaxPages = crossover(c.Points, c.Budget, c.Overhead)
	}
	return c, len(c.Points) >= 2 && c.Pages > 0
}

// staticBudget is the tightest freshness budget among the routes
// recommended static and the route it belongs to; 0 when no route is
// recommended static. A route without a recorded budget counts with the
// model's tightest budget.
func staticBudget(a *rendermap.Audit) (float64, string) {
	best, route := 0.0, ""
	for _, r := range sortedRoutes(a) {
		if r.Recommendation.Strategy != rendermap.Static {
			continue
		}
		b := routeBudget(r, a.Model)
		if b > 0 && (best == 0 || b < best) {
			best, route = b, r.Pattern
		}
	}
	return best, route
}

func routeBudget(r *rendermap.Route, m *rendermap.ModelSummary) float64 {
	if r.Inputs != nil && positive(r.Inputs.FreshnessBudgetSec.Value) > 0 {
		return r.Inputs.FreshnessBudgetSec.Value
	}
	if g := r.Recommendation.Gain; g != nil && positive(g.BudgetSeconds) > 0 {
		return g.BudgetSeconds
	}
	if m != nil {
		return positive(m.TightestBudgetSeconds)
	}
	return 0
}

func positive(v float64) float64 {
	if bad(v) || v < 0 {
		return 0
	}
	return v
}

// curvePoints keeps the usable points of advise's curve and takes this
// site's place from the point marked ThisSite.
func curvePoints(curve []rendermap.BuildPoint, c *buildCurve) plotter.XYs {
	var pts plotter.XYs
	for _, p := range curve {
		if p.Pages > 0 && p.BuildSeconds > 0 && !bad(p.Pages) && !bad(p.BuildSeconds) {
			pts = append(pts, plotter.XY{X: p.Pages, Y: p.BuildSeconds})
		}
		if p.ThisSite && p.Pages > 0 {
			c.Pages, c.Seconds = p.Pages, p.BuildSeconds
		}
	}
	slices.SortStableFunc(pts, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
	return pts
}

// linearCurve draws overhead + slope × pages from 1 page to past 1,000,000
// pages (or ten times this site), so the "tens of minutes to hours" region
// of large sites is visible.
func linearCurve(m *rendermap.ModelSummary, c buildCurve) plotter.XYs {
	overhead := positive(m.BuildOverheadSeconds)
	if overhead >= c.Seconds {
		overhead = 0
	}
	slope := (c.Seconds - overhead) / c.Pages
	if bad(slope) || slope <= 0 {
		return nil
	}
	top := math.Ceil(math.Log10(math.Max(c.Pages*10, 1e6)))
	var pts plotter.XYs
	for e := 0.0; e <= 2*top; e++ {
		n := math.Pow(10, e/2)
		pts = append(pts, plotter.XY{X: n, Y: overhead + slope*n})
	}
	return pts
}

// crossover interpolates linearly the page count at which the curve
// reaches budget: 0 when the budget is unknown or not even the build
// overhead fits it, the last point's pages when the curve never reaches it.
func crossover(pts plotter.XYs, budget, overhead float64) float64 {
	switch {
	case budget <= 0 || len(pts) == 0 || overhead >= budget:
		return 0
	case pts[0].Y > budget:
		// Between an empty build (the overhead) and the first point.
		return pts[0].X * (budget - overhead) / (pts[0].Y - overhead)
	}
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		if a.Y <= budget && b.Y > budget {
			return a.X + (budget-a.Y)*(b.X-a.X)/(b.Y-a.Y)
		}
	}
	return pts[len(pts)-1].X
}

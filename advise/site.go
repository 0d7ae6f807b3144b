package advise

import (
	"fmt"
	"math"
	"slices"

	"github.com/rendermap/rendermap"
)

// curvePages are the reference site sizes of the build projection.
var curvePages = []float64{1000, 10000, 50000, 100000, 500000}

// projection accumulates the site-wide static build figures.
type projection struct {
	pages, buildWork float64 // Σ pages, Σ pages × build seconds per page
	workers, over    float64
	tightest         float64
	tightestPattern  string
	compute          float64
}

// add counts a route into the projection; only routes recommended static
// wait for a build, so only their budgets bound it.
func (p *projection) add(r *rendermap.Route, g gathered, chosen rendermap.Cost) {
	in := g.in.sanitized()
	p.workers, p.over = in.BuildWorkers, in.BuildOverheadSeconds
	if r.Recommendation.Strategy == rendermap.Static && (p.tightestPattern == "" || in.BudgetSeconds < p.tightest) {
		p.tightest, p.tightestPattern = in.BudgetSeconds, r.Pattern
	}
	p.compute += chosen.ComputeSecondsPerDay
	if in.Personalized || in.OpenURLSpace {
		return
	}
	p.pages += in.Pages
	p.buildWork += in.Pages * in.buildSecondsPerPage()
}

func (p *projection) build(pages float64) float64 {
	return p.over + pages*p.perPage()/math.Max(p.workers, 1)
}

func (p *projection) perPage() float64 {
	if p.pages <= 0 {
		return 0
	}
	return p.buildWork / p.pages
}

func (p *projection) summary(price float64) *rendermap.ModelSummary {
	m := &rendermap.ModelSummary{
		StaticBuildSeconds:    p.build(p.pages),
		TightestBudgetSeconds: p.tightest,
		StaticCandidatePages:  int(math.Round(p.pages)),
		BuildSecondsPerPage:   p.perPage(),
		BuildWorkers:          math.Max(p.workers, 1),
		BuildOverheadSeconds:  p.over,
		ComputeSecondsPerDay:  p.compute,
		MoneyPerDay:           p.compute * price,
		Curve:                 p.curve(),
	}
	if p.perPage() > 0 && p.tightestPattern != "" {
		m.MaxPagesWithinBudget = math.Floor(math.Max(0, (p.tightest-p.over)*m.BuildWorkers/p.perPage()))
	}
	m.Verdict = p.verdict(m)
	return m
}

func (p *projection) curve() []rendermap.BuildPoint {
	var out []rendermap.BuildPoint
	for _, n := range curvePages {
		out = append(out, rendermap.BuildPoint{Pages: n, BuildSeconds: p.build(n)})
	}
	out = append(out, rendermap.BuildPoint{Pages: p.pages, BuildSeconds: p.build(p.pages), ThisSite: true})
	slices.SortStableFunc(out, func(a, b rendermap.BuildPoint) int {
		if a.Pages != b.Pages {
			return cmpFloat(a.Pages, b.Pages)
		}
		return boolInt(a.ThisSite) - boolInt(b.ThisSite)
	})
	return out
}

func cmpFloat(a, b float64) int {
	if a < b {
		return -1
	}
	return 1
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (p *projection) verdict(m *rendermap.ModelSummary) string {
	if p.tightestPattern == "" {
		return fmt.Sprintf("pre-rendering all %s static-candidate pages takes %s (%s overhead + %s per page on %g workers); no route is recommended static, so no freshness budget applies to builds",
			num(p.pages), human(m.StaticBuildSeconds), human(p.over), human(p.perPage()), m.BuildWorkers)
	}
	if m.StaticBuildSeconds > p.tightest && m.MaxPagesWithinBudget == 0 {
		return fmt.Sprintf("pre-rendering all %s static-candidate pages takes %s, and no full build fits the tightest budget of a route recommended static, %s (%s): the build overhead alone is %s",
			num(p.pages), human(m.StaticBuildSeconds), human(p.tightest), p.tightestPattern, human(p.over))
	}
	fit := "fits within"
	if m.StaticBuildSeconds > p.tightest {
		fit = "exceeds"
	}
	return fmt.Sprintf("pre-rendering all %s static-candidate pages takes %s (%s overhead + %s per page on %g workers), which %s the tightest freshness budget of a route recommended static, %s (%s); at this speed 50,000 pages take %s and the budget holds up to %s pages",
		num(p.pages), human(m.StaticBuildSeconds), human(p.over), human(p.perPage()), m.BuildWorkers, fit,
		human(p.tightest), p.tightestPattern, human(p.build(50000)), num(m.MaxPagesWithinBudget))
}

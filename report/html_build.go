package report

import (
	"fmt"
	"math"

	"github.com/rendermap/rendermap"
)

// buildView is the whole-site build section: sentences and the chart.
type buildView struct {
	Curve buildCurve
	// Text explains the figures in sentences a reviewer reads first.
	Text []string
	// BudgetLabel is "budget 1 h" or "no budget applies", for the card.
	BudgetLabel string
	// Fits is false when a full build takes longer than the budget that
	// applies to it.
	Fits  bool
	Chart *chartView
}

func buildSection(a *rendermap.Audit) (*buildView, error) {
	c, ok := siteBuildCurve(a)
	if !ok {
		return nil, nil
	}
	chart, err := buildChart(c)
	if err != nil {
		return nil, err
	}
	v := &buildView{Curve: c, Chart: chart, Fits: c.Budget == 0 || c.Seconds <= c.Budget, BudgetLabel: "no budget applies"}
	if c.Budget > 0 {
		v.BudgetLabel = "budget " + fmtDurWords(c.Budget)
	}
	v.Text = []string{buildSentence(a, c), budgetSentence(a, c)}
	return v, nil
}

// buildSentence states how long a full static build takes and why.
func buildSentence(a *rendermap.Audit, c buildCurve) string {
	s := fmt.Sprintf("A full static build of the %s that could be pre-rendered takes about %s", plural(int(c.Pages), "page"), fmtDurWords(c.Seconds))
	if m := a.Model; m != nil && m.BuildSecondsPerPage > 0 && m.BuildWorkers > 0 && !bad(m.BuildSecondsPerPage) {
		s += fmt.Sprintf(" (%s overhead, then %s ms per page on %s workers)", fmtDurWords(m.BuildOverheadSeconds), fmtRead(m.BuildSecondsPerPage*1000), fmtRead(m.BuildWorkers))
	}
	return s + "."
}

// budgetSentence compares the build with the freshness budget of the
// routes recommended static, the only ones whose changes wait for a build.
func budgetSentence(a *rendermap.Audit, c buildCurve) string {
	static := staticRoutes(a)
	switch {
	case c.Budget == 0 && static == 0:
		return "No route is recommended static, so no freshness budget applies to a full build."
	case c.Budget == 0:
		return "No freshness budget is recorded for the routes recommended static."
	}
	s := fmt.Sprintf("The %s recommended static allow content to be at most %s old (the tightest of their freshness budgets, on %s)", plural(static, "route"), fmtDurWords(c.Budget), c.BudgetRoute)
	switch {
	case c.Overhead >= c.Budget:
		return s + fmt.Sprintf(": no full build fits, since the %s overhead alone is longer.", fmtDurWords(c.Overhead))
	case c.Seconds > c.Budget:
		return s + ": a full build takes longer, so a change would go live late."
	}
	return s + fmt.Sprintf(": a full build fits it up to about %s pages.", roughCount(c.MaxPages))
}

func staticRoutes(a *rendermap.Audit) int {
	n := 0
	for _, r := range a.Routes {
		if r.Recommendation.Strategy == rendermap.Static {
			n++
		}
	}
	return n
}

// roughCount rounds a page count to two significant digits: 25,063 →
// 25,000.
func roughCount(v float64) string {
	if v < 100 {
		return fmtInt(int64(math.Floor(v)))
	}
	p := math.Pow(10, math.Floor(math.Log10(v))-1)
	return fmtInt(int64(math.Floor(v/p) * p))
}

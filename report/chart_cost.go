package report

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/rendermap/rendermap"
)

// strategyCost is one bar of the cost comparison.
type strategyCost struct {
	Strategy rendermap.Strategy
	Label    string
	Cost     rendermap.Cost
	Known    bool
	Chosen   bool
	// Today is true for the strategy the route is served with today.
	Today  bool
	WhyNot string
}

// strategyCosts lists all four strategies in stable order with the cost the
// audit records for each: the recommendation's own cost or an alternative's.
func strategyCosts(r *rendermap.Route) []strategyCost {
	var out []strategyCost
	for _, s := range rendermap.Strategies {
		sc := strategyCost{Strategy: s, Label: string(s), Chosen: s == r.Recommendation.Strategy, Today: s == r.Current.Strategy}
		for _, alt := range r.Alternatives {
			if alt.Strategy == s {
				sc.Cost, sc.Known, sc.WhyNot = alt.Cost, true, alt.WhyNot
				sc.Label = strategyLabel(s, alt.RevalidateSeconds)
			}
		}
		if sc.Chosen {
			sc.Label = strategyLabel(s, r.Recommendation.RevalidateSeconds)
			if c := r.Recommendation.Cost; c != nil {
				sc.Cost, sc.Known, sc.WhyNot = *c, true, ""
			}
		}
		out = append(out, sc)
	}
	return out
}

// costChart compares the compute-seconds per day of the four strategies on a
// logarithmic axis; the recommendation is green and infeasible ones grey.
// It returns nil when no cost is known.
func costChart(r *rendermap.Route) (*chartView, error) {
	costs := strategyCosts(r)
	floor, ok := costFloor(costs)
	if !ok {
		return nil, nil
	}
	p := newPlot("strategy", "compute-s per day (log scale)")
	names := make([]string, len(costs))
	top := floor * 10
	for i, sc := range costs {
		names[i] = costAxisLabel(sc)
		if !sc.Known {
			continue
		}
		top = math.Max(top, sc.Cost.ComputeSecondsPerDay*4)
		if err := addCostBar(p, i, sc, floor); err != nil {
			return nil, err
		}
	}
	p.NominalX(names...)
	p.X.Min, p.X.Max = -0.5, float64(len(costs))-0.5
	p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, powerTicks{label: qtyLabel}
	p.Y.Min, p.Y.Max = floor, math.Pow(10, math.Ceil(math.Log10(top)))
	svg, err := inlineSVG(p, chartW, chartH, "Bar chart: compute-seconds per day of each strategy")
	if err != nil {
		return nil, err
	}
	return &chartView{Title: "Compute per day of each strategy", SVG: svg, Legend: []legendItem{
		{"sw-bar-green", "recommended"}, {"sw-bar-blue", "feasible"}, {"sw-bar-grey", "ruled out"},
	}}, nil
}

// costAxisLabel names a bar: "isr 59m", "ssr (today)", "client (n/a)".
func costAxisLabel(sc strategyCost) string {
	switch {
	case !sc.Known:
		return sc.Label + " (n/a)"
	case sc.Today:
		return sc.Label + " (today)"
	}
	return sc.Label
}

// costFloor is the power of ten at or below the smallest known positive
// cost: the base of every bar on the log axis.
func costFloor(costs []strategyCost) (float64, bool) {
	lo, any := math.Inf(1), false
	for _, sc := range costs {
		if sc.Known && !bad(sc.Cost.ComputeSecondsPerDay) {
			any = true
			if v := sc.Cost.ComputeSecondsPerDay; v > 0 {
				lo = math.Min(lo, v)
			}
		}
	}
	if !any {
		return 0, false
	}
	if math.IsInf(lo, 1) {
		return 0.01, true
	}
	return math.Pow(10, math.Floor(math.Log10(lo))), true
}

// addCostBar draws one bar from floor to the cost, with its value on top.
func addCostBar(p *plot.Plot, i int, sc strategyCost, floor float64) error {
	v := math.Max(sc.Cost.ComputeSecondsPerDay, floor)
	bar, err := plotter.NewBarChart(plotter.Values{v - floor}, vg.Points(40))
	if err != nil {
		return err
	}
	bar.Color, bar.LineStyle.Width = costColor(sc), 0
	// Bars grow from an undrawn base at floor, not from zero, so the log
	// axis stays finite.
	bar.StackOn(&plotter.BarChart{Values: plotter.Values{floor}, XMin: float64(i)})
	p.Add(bar)
	labels, err := plotter.NewLabels(plotter.XYLabels{
		XYs:    []plotter.XY{{X: float64(i), Y: v}},
		Labels: []string{fmtRead(sc.Cost.ComputeSecondsPerDay)},
	})
	if err != nil {
		return err
	}
	labels.TextStyle[0].Font = sans(tickSize)
	labels.TextStyle[0].XAlign, labels.TextStyle[0].YAlign = -0.5, 0.2
	p.Add(labels)
	return nil
}

func costColor(sc strategyCost) color.Color {
	switch {
	case sc.Chosen:
		return colGreen
	case !sc.Cost.Feasible:
		return colGrey
	}
	return colBlue
}

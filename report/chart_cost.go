package report

import (
	"html/template"
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
	WhyNot   string
}

// strategyCosts lists all four strategies in stable order with the cost the
// audit records for each (the chosen one is known only if advise listed it).
func strategyCosts(r *rendermap.Route) []strategyCost {
	var out []strategyCost
	for _, s := range rendermap.Strategies {
		sc := strategyCost{Strategy: s, Label: string(s), Chosen: s == r.Recommendation.Strategy}
		for _, alt := range r.Alternatives {
			if alt.Strategy == s {
				sc.Cost, sc.Known, sc.WhyNot = alt.Cost, true, alt.WhyNot
				sc.Label = strategyLabel(s, alt.RevalidateSeconds)
			}
		}
		if sc.Chosen {
			sc.Label = strategyLabel(s, r.Recommendation.RevalidateSeconds)
		}
		out = append(out, sc)
	}
	return out
}

// costChart compares the compute-seconds per day of the four strategies on a
// logarithmic axis; the recommendation is green and infeasible ones grey.
// It returns "" when no cost is known.
func costChart(r *rendermap.Route) (template.URL, error) {
	costs := strategyCosts(r)
	floor, ok := costFloor(costs)
	if !ok {
		return "", nil
	}
	p := newPlot("Compute per day by strategy", "", "compute-seconds per day (log)")
	names := make([]string, len(costs))
	for i, sc := range costs {
		names[i] = sc.Label
		if !sc.Known {
			names[i] += " (n/a)"
			continue
		}
		if err := addCostBar(p, i, sc, floor); err != nil {
			return "", err
		}
	}
	p.NominalX(names...)
	p.X.Min, p.X.Max = -0.5, float64(len(costs))-0.5
	p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, powerTicks{label: fmtQty}
	p.Y.Min = floor
	p.Y.Max = math.Max(p.Y.Max*3, floor*10)
	return svgDataURI(p)
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
		Labels: []string{fmtQty(sc.Cost.ComputeSecondsPerDay)},
	})
	if err != nil {
		return err
	}
	labels.TextStyle[0].Font = sans(8)
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

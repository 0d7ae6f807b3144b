package report

import (
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// buildChart plots c on log-log axes with the budget line (when one
// applies) and this site.
func buildChart(c buildCurve) (*chartView, error) {
	p := newPlot("pages (log scale)", "full build time (log scale)")
	line, err := plotter.NewLine(c.Points)
	if err != nil {
		return nil, err
	}
	line.Color, line.Width = colBlue, vg.Points(2)
	p.Add(line)
	legend := []legendItem{{"sw-line-blue", "full static build at this site's speed"}}
	if c.Budget > 0 {
		if err := addBudget(p, c); err != nil {
			return nil, err
		}
		legend = append(legend, legendItem{"sw-dash-red", budgetLegend(c)})
	} else {
		legend = append(legend, legendItem{"sw-none", "no freshness budget applies: no route is recommended static"})
	}
	if err := addSite(p, c); err != nil {
		return nil, err
	}
	legend = append(legend, legendItem{"sw-dot-orange", "this site: " + fmtInt(int64(c.Pages)) + " pages, " + fmtDurWords(c.Seconds)})
	p.X.Scale, p.X.Tick.Marker = plot.LogScale{}, powerTicks{label: countLabel}
	p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, durationTicks{}
	lo, hi := math.Min(c.Points[0].Y, c.Seconds), math.Max(c.Points[len(c.Points)-1].Y, c.Seconds)
	if c.Budget > 0 {
		lo, hi = math.Min(lo, c.Budget), math.Max(hi, c.Budget)
	}
	p.Y.Min, p.Y.Max = lo/2, hi*2
	svg, err := inlineSVG(p, chartW, chartH, "Line chart: full static build time against number of pages, with the freshness budget and this site marked")
	if err != nil {
		return nil, err
	}
	return &chartView{Title: "Full static build time against pages", SVG: svg, Legend: legend}, nil
}

func budgetLegend(c buildCurve) string {
	s := "freshness budget " + fmtDurWords(c.Budget)
	if c.BudgetRoute != "" {
		s += " (on " + c.BudgetRoute + ", the tightest of the routes recommended static)"
	}
	return s
}

func addBudget(p *plot.Plot, c buildCurve) error {
	first, last := c.Points[0].X, c.Points[len(c.Points)-1].X
	l, err := plotter.NewLine(plotter.XYs{{X: first, Y: c.Budget}, {X: last, Y: c.Budget}})
	if err != nil {
		return err
	}
	l.Color, l.Width = colRed, vg.Points(1.5)
	l.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
	p.Add(l)
	return nil
}

func addSite(p *plot.Plot, c buildCurve) error {
	s, err := plotter.NewScatter(plotter.XYs{{X: c.Pages, Y: c.Seconds}})
	if err != nil {
		return err
	}
	s.GlyphStyle.Color, s.GlyphStyle.Radius = colOrange, vg.Points(5)
	s.GlyphStyle.Shape = draw.CircleGlyph{}
	p.Add(s)
	return nil
}

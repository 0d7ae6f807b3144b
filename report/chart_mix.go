package report

import (
	"math"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/rendermap/rendermap"
)

// mixChart compares the number of routes per strategy today and as
// recommended, as grouped bars on a whole-number axis.
func mixChart(a *rendermap.Audit) (*chartView, error) {
	if len(a.Routes) == 0 {
		return nil, nil
	}
	rows := strategyMix(a)
	now, rec := make(plotter.Values, len(rows)), make(plotter.Values, len(rows))
	names := make([]string, len(rows))
	peak := 0.0
	for i, m := range rows {
		now[i], rec[i], names[i] = float64(m.NowRoutes), float64(m.RecRoutes), m.Strategy
		peak = max(peak, now[i], rec[i])
	}
	p := newPlot("strategy", "routes")
	w := vg.Points(24)
	for i, vals := range []plotter.Values{now, rec} {
		bars, err := plotter.NewBarChart(vals, w)
		if err != nil {
			return nil, err
		}
		bars.LineStyle.Width = 0
		bars.Color, bars.Offset = colGrey, -w/2
		if i == 1 {
			bars.Color, bars.Offset = colGreen, w/2
		}
		p.Add(bars)
	}
	p.NominalX(names...)
	p.Y.Min, p.Y.Max = 0, math.Ceil(max(peak, 1)*1.15)
	p.Y.Tick.Marker = intTicks{}
	svg, err := inlineSVG(p, chartW, chartH, "Bar chart: routes per strategy, today and as recommended")
	if err != nil {
		return nil, err
	}
	return &chartView{
		Title: "Strategy mix: routes per strategy, today and recommended", SVG: svg,
		Legend: []legendItem{{"sw-bar-grey", "today"}, {"sw-bar-green", "recommended"}},
	}, nil
}

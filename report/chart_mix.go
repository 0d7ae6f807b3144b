package report

import (
	"html/template"

	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/rendermap/rendermap"
)

// mixChart compares the number of routes per strategy today and as
// recommended, as grouped bars.
func mixChart(a *rendermap.Audit) (template.URL, error) {
	rows := strategyMix(a)
	if len(a.Routes) == 0 {
		return "", nil
	}
	now, rec := make(plotter.Values, len(rows)), make(plotter.Values, len(rows))
	names := make([]string, len(rows))
	for i, m := range rows {
		now[i], rec[i], names[i] = float64(m.NowRoutes), float64(m.RecRoutes), m.Strategy
	}
	p := newPlot("Strategy mix: today vs recommended", "", "routes")
	w := vg.Points(22)
	for i, series := range []struct {
		name string
		vals plotter.Values
	}{{"today", now}, {"recommended", rec}} {
		bars, err := plotter.NewBarChart(series.vals, w)
		if err != nil {
			return "", err
		}
		bars.LineStyle.Width = 0
		bars.Color, bars.Offset = colGrey, -w/2
		if i == 1 {
			bars.Color, bars.Offset = colGreen, w/2
		}
		p.Add(bars)
		p.Legend.Add(series.name, bars)
	}
	p.NominalX(names...)
	p.Y.Min = 0
	return svgDataURI(p)
}

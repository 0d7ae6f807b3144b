package report

import (
	"fmt"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/rendermap/rendermap"
)

// ttfbChart draws the distribution of a route's TTFB samples as a histogram
// with its p50 and p95 marked; it returns nil when there are no samples.
func ttfbChart(r *rendermap.Route) (*chartView, error) {
	xs := ttfbSamples(r)
	if len(xs) == 0 {
		return nil, nil
	}
	p := newPlot("time to first byte (ms)", "samples")
	h, err := plotter.NewHist(plotter.Values(xs), histBins(len(xs)))
	if err != nil {
		return nil, err
	}
	h.FillColor, h.LineStyle.Color = colLightBlue, color.White
	p.Add(h)
	peak := 0.0
	for _, b := range h.Bins {
		peak = math.Max(peak, b.Weight)
	}
	p50, p95 := quantile(xs, 0.5), quantile(xs, 0.95)
	for _, m := range []struct {
		x float64
		c color.Color
	}{{p50, colGreen}, {p95, colRed}} {
		if err := addMarker(p, m.x, peak, m.c); err != nil {
			return nil, err
		}
	}
	p.Y.Min, p.Y.Max = 0, math.Max(math.Ceil(peak*1.1), 1)
	p.Y.Tick.Marker, p.X.Tick.Marker = intTicks{}, roundTicks{}
	svg, err := inlineSVG(p, chartW, chartH, "Histogram of time to first byte samples")
	if err != nil {
		return nil, err
	}
	return &chartView{
		Title: fmt.Sprintf("Time to first byte: %d samples", len(xs)), SVG: svg,
		Legend: []legendItem{{"sw-bar-light", "samples per bin"}, {"sw-dash-green", "median " + fmtMS(p50) + " ms"}, {"sw-dash-red", "95th percentile " + fmtMS(p95) + " ms"}},
	}, nil
}

func histBins(n int) int {
	return min(max(int(math.Ceil(math.Sqrt(float64(n)))), 3), 20)
}

// addMarker draws a dashed vertical line at x up to top.
func addMarker(p *plot.Plot, x, top float64, c color.Color) error {
	l, err := plotter.NewLine(plotter.XYs{{X: x, Y: 0}, {X: x, Y: top}})
	if err != nil {
		return err
	}
	l.Color, l.Width = c, vg.Points(1.5)
	l.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
	p.Add(l)
	return nil
}

// quantile is the empirical quantile of xs (not necessarily sorted).
func quantile(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}

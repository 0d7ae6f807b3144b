package report

import (
	"html/template"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/rendermap/rendermap"
)

// ttfbChart draws the distribution of a route's TTFB samples as a histogram
// with its p50 and p95 marked; it returns "" when there are no samples.
func ttfbChart(r *rendermap.Route) (template.URL, error) {
	xs := ttfbSamples(r)
	if len(xs) == 0 {
		return "", nil
	}
	p := newPlot("TTFB distribution", "time to first byte (ms)", "samples")
	h, err := plotter.NewHist(plotter.Values(xs), histBins(len(xs)))
	if err != nil {
		return "", err
	}
	h.FillColor, h.LineStyle.Color = colBlue, colBlue
	p.Add(h)
	peak := 0.0
	for _, b := range h.Bins {
		peak = math.Max(peak, b.Weight)
	}
	if err := addMarker(p, "p50", quantile(xs, 0.5), peak, colGreen); err != nil {
		return "", err
	}
	if err := addMarker(p, "p95", quantile(xs, 0.95), peak, colRed); err != nil {
		return "", err
	}
	// Headroom above the tallest bar keeps the legend off the bars.
	p.Y.Min, p.Y.Max = 0, peak*1.4
	return svgDataURI(p)
}

func histBins(n int) int {
	return min(max(int(math.Ceil(math.Sqrt(float64(n)))), 3), 20)
}

// addMarker draws a dashed vertical line at x with a legend entry.
func addMarker(p *plot.Plot, name string, x, top float64, c color.Color) error {
	l, err := plotter.NewLine(plotter.XYs{{X: x, Y: 0}, {X: x, Y: top}})
	if err != nil {
		return err
	}
	l.Color, l.Width = c, vg.Points(1.5)
	l.Dashes = []vg.Length{vg.Points(4), vg.Points(2)}
	p.Add(l)
	p.Legend.Add(name+" "+fmtMS(x)+" ms", l)
	return nil
}

// quantile is the empirical quantile of xs (not necessarily sorted).
func quantile(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[min(max(i, 0), len(s)-1)]
}

package report

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html/template"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// Chart sizes, fixed so the SVG bytes are stable.
const (
	chartW = 6 * vg.Inch
	chartH = 3 * vg.Inch
)

// Palette shared by the charts and the CSS.
var (
	colBlue   = color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff}
	colGreen  = color.RGBA{R: 0x2f, G: 0x85, B: 0x5a, A: 0xff}
	colGrey   = color.RGBA{R: 0xa0, G: 0xae, B: 0xc0, A: 0xff}
	colRed    = color.RGBA{R: 0xc5, G: 0x30, B: 0x30, A: 0xff}
	colOrange = color.RGBA{R: 0xdd, G: 0x6b, B: 0x20, A: 0xff}
)

// newPlot returns a plot whose text uses one explicit font at fixed sizes.
func newPlot(title, xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.Title.Text, p.X.Label.Text, p.Y.Label.Text = title, xLabel, yLabel
	p.Title.TextStyle.Font = sans(11)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = sans(9)
		ax.Tick.Label.Font = sans(8)
	}
	p.Legend.TextStyle.Font = sans(8)
	p.Legend.Top = true
	return p
}

func sans(size float64) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: vg.Points(size)}
}

// svgDataURI renders p as SVG and returns it as a data: URI for an <img>.
// An SVG loaded as an image can run no script and fetch nothing.
func svgDataURI(p *plot.Plot) (template.URL, error) {
	c := vgsvg.NewWith(vgsvg.UseWH(chartW, chartH))
	p.Draw(draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("write svg: %w", err)
	}
	return template.URL("data:image/svg+xml;base64," + base64.StdEncoding.EncodeToString(buf.Bytes())), nil
}

// powerTicks marks each power of ten in [min, max] with label(value).
type powerTicks struct{ label func(float64) string }

// Ticks implements plot.Ticker.
func (t powerTicks) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	if lo <= 0 || bad(lo) || bad(hi) {
		return out
	}
	for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)) && len(out) < 40; e++ {
		v := math.Pow(10, e)
		if v >= lo*0.999 && v <= hi*1.001 {
			out = append(out, plot.Tick{Value: v, Label: t.label(v)})
		}
	}
	return out
}

// durationTicks marks round durations on a logarithmic seconds axis.
type durationTicks struct{}

var roundDurations = []float64{1, 10, 60, 600, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400}

// Ticks implements plot.Ticker.
func (durationTicks) Ticks(lo, hi float64) []plot.Tick {
	var out []plot.Tick
	for _, v := range roundDurations {
		if v >= lo*0.999 && v <= hi*1.001 {
			out = append(out, plot.Tick{Value: v, Label: fmtDur(v)})
		}
	}
	return out
}

// countLabel formats a power of ten compactly: 1, 100, 10k, 1M.
func countLabel(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%gM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%gk", v/1e3)
	}
	return fmt.Sprintf("%g", v)
}

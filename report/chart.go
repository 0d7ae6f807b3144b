package report

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// Chart sizes, fixed so the SVG bytes are stable: a chart is drawn at
// this size in points and scaled by CSS to its column (up to 4/3 px per
// point, so 9 pt text is 12 px on a desktop and about 9 px on a phone).
const (
	chartW = 5 * vg.Inch
	chartH = 3 * vg.Inch
)

// Text sizes in points: tick labels and axis labels.
const (
	tickSize  = 9
	labelSize = 9.5
)

// Palette shared by the charts and the CSS (.sw-* legend swatches).
var (
	colBlue      = color.RGBA{R: 0x2b, G: 0x6c, B: 0xb0, A: 0xff}
	colLightBlue = color.RGBA{R: 0x90, G: 0xb4, B: 0xde, A: 0xff}
	colGreen     = color.RGBA{R: 0x2f, G: 0x85, B: 0x5a, A: 0xff}
	colGrey      = color.RGBA{R: 0xa0, G: 0xae, B: 0xc0, A: 0xff}
	colRed       = color.RGBA{R: 0xc5, G: 0x30, B: 0x30, A: 0xff}
	colOrange    = color.RGBA{R: 0xdd, G: 0x6b, B: 0x20, A: 0xff}
)

// chartView is one chart as the HTML shows it: the title and legend are
// HTML around an inline SVG, so they wrap with the page and never overlap
// the plot.
type chartView struct {
	// Title is the question the chart answers.
	Title string
	// SVG is the plot: axes, ticks, marks and axis labels.
	SVG svgMarkup
	// Legend explains the marks, in drawing order.
	Legend []legendItem
}

// legendItem is one legend entry; Swatch is a CSS class of report.css
// (sw-bar-grey, sw-line-blue, sw-dash-red, sw-dot-orange, ...).
type legendItem struct{ Swatch, Label string }

// newPlot returns a plot without a title (the HTML has it) whose text uses
// one explicit font at fixed sizes.
func newPlot(xLabel, yLabel string) *plot.Plot {
	p := plot.New()
	p.X.Label.Text, p.Y.Label.Text = xLabel, yLabel
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font = sans(labelSize)
		ax.Tick.Label.Font = sans(tickSize)
		ax.Label.Padding = vg.Points(4)
	}
	p.X.Padding, p.Y.Padding = vg.Points(4), vg.Points(4)
	return p
}

func sans(size float64) font.Font {
	return font.Font{Typeface: "Liberation", Variant: "Sans", Size: vg.Points(size)}
}

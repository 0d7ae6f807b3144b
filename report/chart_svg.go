package report

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"
)

// svgMarkup is an SVG element ready to inline in the HTML report. Only
// inlineSVG makes one: gonum escapes every text it draws, and the charts
// draw no site text.
type svgMarkup = template.HTML

// svgFonts is the font stack of chart text: Liberation Sans, whose metrics
// gonum lays the chart out with, then fonts with the same metrics.
const svgFonts = `font-family:'Liberation Sans',Arimo,Arial,Helvetica,sans-serif;`

// textRun is one string the plot drew, with the width gonum measured.
type textRun struct{ width vg.Length }

// measuringCanvas records the width of every string drawn, in order, so
// each <text> can be pinned to the width the layout assumed.
type measuringCanvas struct {
	*vgsvg.Canvas
	runs []textRun
}

// FillString implements vg.Canvas.
func (c *measuringCanvas) FillString(f font.Face, pt vg.Point, s string) {
	c.runs = append(c.runs, textRun{width: f.Width(s)})
	c.Canvas.FillString(f, pt, s)
}

// inlineSVG draws p at w×h points as an <svg> element for the page. Every
// text gets textLength, the width gonum measured with Liberation Sans, so a
// reader whose browser substitutes another font still sees labels exactly
// where the layout put them: no overlap, nothing clipped.
func inlineSVG(p *plot.Plot, w, h vg.Length, label string) (svgMarkup, error) {
	c := &measuringCanvas{Canvas: vgsvg.NewWith(vgsvg.UseWH(w, h))}
	drawPlot(p, draw.New(c))
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		return "", fmt.Errorf("write svg: %w", err)
	}
	out, err := pinText(buf.String(), c.runs)
	if err != nil {
		return "", err
	}
	return svgMarkup(svgOpen(out, w, h, label)), nil
}

// drawPlot draws p with its y-axis label set by us, centred on the data
// area: gonum centres the label's layout box on the middle of the data
// range, which on a log axis lies near the top, and pads the plot for a
// label that is not drawn there.
func drawPlot(p *plot.Plot, dc draw.Canvas) {
	label := p.Y.Label
	p.Y.Label.Text = ""
	defer func() { p.Y.Label.Text = label.Text }()
	// Margins for the browser's font boxes, taller than gonum's extents,
	// around the top tick label and the last x tick label.
	room := vg.Points(2)
	if label.Text != "" {
		room = label.TextStyle.Height(label.Text) + label.Padding
	}
	inner := draw.Crop(dc, room, -vg.Points(8), vg.Points(2), -vg.Points(6))
	p.Draw(inner)
	if label.Text == "" {
		return
	}
	sty := label.TextStyle
	sty.Rotation, sty.XAlign, sty.YAlign = math.Pi/2, draw.XCenter, draw.YCenter
	data := p.DataCanvas(inner)
	dc.FillText(sty, vg.Point{X: dc.Min.X + room/2, Y: data.Center().Y}, label.Text)
}

// pinText adds textLength to the i-th <text> element from runs[i].
func pinText(svg string, runs []textRun) (string, error) {
	parts := strings.Split(svg, "<text ")
	if len(parts)-1 != len(runs) {
		return "", fmt.Errorf("svg has %d texts, drew %d", len(parts)-1, len(runs))
	}
	var b strings.Builder
	b.WriteString(parts[0])
	for i, part := range parts[1:] {
		fmt.Fprintf(&b, `<text textLength="%s" lengthAdjust="spacingAndGlyphs" `, strconv.FormatFloat(runs[i].width.Points(), 'f', 2, 64))
		b.WriteString(strings.Replace(part, "font-family:Liberation Sans;", svgFonts, 1))
	}
	return b.String(), nil
}

// svgOpen drops the XML prolog and gives the root element a class, a role
// and an accessible name in place of its fixed size.
func svgOpen(svg string, w, h vg.Length, label string) string {
	start := strings.Index(svg, "<svg ")
	end := strings.Index(svg[start:], "\n") + start
	head := fmt.Sprintf(`<svg class="chart" role="img" aria-label="%s" viewBox="0 0 %s %s" xmlns="http://www.w3.org/2000/svg"`,
		html.EscapeString(label), fmtPt(w), fmtPt(h))
	rest := svg[end:]
	if i := strings.Index(rest, ">"); i >= 0 {
		rest = rest[i:] // drops the namespace attributes that follow
	}
	return head + rest
}

func fmtPt(l vg.Length) string { return strconv.FormatFloat(l.Points(), 'f', -1, 64) }

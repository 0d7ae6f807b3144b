package report

import (
	"cmp"
	"html/template"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/rendermap/rendermap"
)

// buildCurve is the whole-site build-time projection: seconds for a full
// static build as a function of pages.
type buildCurve struct {
	// Points is the curve, sorted by pages.
	Points plotter.XYs
	// Pages and Seconds place this site on the curve.
	Pages, Seconds float64
	// Budget is the tightest freshness budget in seconds (0 when unknown).
	Budget float64
	// MaxPages is the largest page count whose full build fits Budget
	// (0 when unknown).
	MaxPages float64
	// Verdict is advise's sentence about where the site stands.
	Verdict string
}

// siteBuildCurve reads the projection from a.Model: its Curve when advise
// wrote one, else a straight line overhead + pages × seconds per page /
// workers through this site's figure. ok is false without model figures.
func siteBuildCurve(a *rendermap.Audit) (buildCurve, bool) {
	m := a.Model
	if m == nil || bad(m.StaticBuildSeconds) || m.StaticBuildSeconds <= 0 {
		return buildCurve{}, false
	}
	c := buildCurve{Pages: float64(m.StaticCandidatePages), Seconds: m.StaticBuildSeconds, Budget: positive(m.TightestBudgetSeconds), MaxPages: positive(m.MaxPagesWithinBudget), Verdict: m.Verdict}
	if c.Pages <= 0 {
		c.Pages = float64(totalPages(a))
	}
	c.Points = curvePoints(m.Curve, &c)
	if len(c.Points) < 2 {
		c.Points = linearCurve(m, c)
	}
	if c.MaxPages == 0 {
		c.MaxPages = crossover(c.Points, c.Budget)
	}
	return c, len(c.Points) >= 2 && c.Pages > 0
}

func positive(v float64) float64 {
	if bad(v) || v < 0 {
		return 0
	}
	return v
}

// curvePoints keeps the usable points of advise's curve and takes this
// site's place from the point marked ThisSite.
func curvePoints(curve []rendermap.BuildPoint, c *buildCurve) plotter.XYs {
	var pts plotter.XYs
	for _, p := range curve {
		if p.Pages > 0 && p.BuildSeconds > 0 && !bad(p.Pages) && !bad(p.BuildSeconds) {
			pts = append(pts, plotter.XY{X: p.Pages, Y: p.BuildSeconds})
		}
		if p.ThisSite && p.Pages > 0 {
			c.Pages, c.Seconds = p.Pages, p.BuildSeconds
		}
	}
	slices.SortStableFunc(pts, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
	return pts
}

// linearCurve draws overhead + slope × pages from 1 page to past 1,000,000
// pages (or ten times this site), so the "tens of minutes to hours" region
// of large sites is visible.
func linearCurve(m *rendermap.ModelSummary, c buildCurve) plotter.XYs {
	overhead := positive(m.BuildOverheadSeconds)
	if overhead >= c.Seconds {
		overhead = 0
	}
	slope := (c.Seconds - overhead) / c.Pages
	if bad(slope) || slope <= 0 {
		return nil
	}
	top := math.Ceil(math.Log10(math.Max(c.Pages*10, 1e6)))
	var pts plotter.XYs
	for e := 0.0; e <= 2*top; e++ {
		n := math.Pow(10, e/2)
		pts = append(pts, plotter.XY{X: n, Y: overhead + slope*n})
	}
	return pts
}

// crossover interpolates (log-linearly) the page count at which the curve
// reaches budget; 0 when it never does or the budget is unknown.
func crossover(pts plotter.XYs, budget float64) float64 {
	for i := 1; i < len(pts) && budget > 0; i++ {
		a, b := pts[i-1], pts[i]
		if a.Y <= budget && b.Y > budget {
			return a.X + (budget-a.Y)*(b.X-a.X)/(b.Y-a.Y)
		}
	}
	return 0
}

// buildChart plots c on log-log axes with the budget line and this site.
func buildChart(c buildCurve) (template.URL, error) {
	p := newPlot("Full static build time vs pages", "pages", "build time (log)")
	line, err := plotter.NewLine(c.Points)
	if err != nil {
		return "", err
	}
	line.Color, line.Width = colBlue, vg.Points(2)
	p.Add(line)
	p.Legend.Add("full build", line)
	if c.Budget > 0 {
		if err := addBudget(p, c); err != nil {
			return "", err
		}
	}
	if err := addSite(p, c); err != nil {
		return "", err
	}
	p.X.Scale, p.X.Tick.Marker = plot.LogScale{}, powerTicks{label: countLabel}
	p.Y.Scale, p.Y.Tick.Marker = plot.LogScale{}, durationTicks{}
	lo, hi := c.Points[0].Y, math.Max(c.Points[len(c.Points)-1].Y, c.Budget)
	if c.Budget > 0 {
		lo = math.Min(lo, c.Budget)
	}
	// Room below the curve's start for the legend, bottom right.
	p.Y.Min, p.Y.Max = math.Min(lo, c.Seconds)/8, math.Max(hi, c.Seconds)*2
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.YOffs = vg.Points(8)
	return svgDataURI(p)
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
	p.Legend.Add("freshness budget "+fmtDur(c.Budget), l)
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
	p.Legend.Add("this site ("+fmtInt(int64(c.Pages))+" pages, "+fmtDur(c.Seconds)+")", s)
	return nil
}

package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// layoutProblems lists, from the DOM, every way the report fails to read
// cleanly at the current viewport: the page or a scroll box scrolls
// sideways, an element or its text sticks out of its parent, a table cell's text
// leaves its cell, a chart's text leaves its chart or overlaps another.
const layoutProblems = `() => {
  const problems = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
    (typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : "") +
    " " + JSON.stringify((el.textContent || "").trim().slice(0, 50));
  const shown = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const outside = (r, o, slack) => r.left < o.left - slack || r.right > o.right + slack || r.top < o.top - slack || r.bottom > o.bottom + slack;
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) problems.push("the page scrolls sideways: " + doc.scrollWidth + " > " + doc.clientWidth);
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg") !== null && el.tagName.toLowerCase() !== "svg") continue;
    if (!shown(el)) continue;
    const cs = getComputedStyle(el);
    if (["auto", "scroll", "hidden"].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
      problems.push(name(el) + " hides " + (el.scrollWidth - el.clientWidth) + " px of its content");
    else if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !cs.display.startsWith("table"))
      problems.push(name(el) + " overflows by " + (el.scrollWidth - el.clientWidth) + " px");
    const p = el.parentElement, r = el.getBoundingClientRect(), pr = p.getBoundingClientRect();
    if (r.left < pr.left - 1 || r.right > pr.right + 1) problems.push(name(el) + " sticks out of " + name(p));
  }
  for (const cell of document.querySelectorAll("td, th")) {
    if (!shown(cell)) continue;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const rr = range.getBoundingClientRect();
    if (rr.width > 0 && outside(rr, cell.getBoundingClientRect(), 1)) problems.push("text leaves its cell: " + name(cell));
  }
  for (const svg of document.querySelectorAll("svg.chart")) {
    const sr = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll("text")].map(t => ({t: t.textContent, r: t.getBoundingClientRect()}));
    for (const a of texts) if (outside(a.r, sr, 0.5)) problems.push("chart text outside its chart: " + JSON.stringify(a.t));
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i].r, b = texts[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 0.5 && h > 0.5) problems.push("chart texts overlap: " + JSON.stringify(texts[i].t) + " and " + JSON.stringify(texts[j].t));
    }
  }
  return problems;
}`

// chartSizes reports each chart's rendered width and the smallest font
// size of its text on screen, in CSS pixels.
const chartSizes = `() => [...document.querySelectorAll("svg.chart")].map(svg => {
  const sizes = [...svg.querySelectorAll("text")].map(t => {
    const m = t.getScreenCTM();
    return Math.hypot(m.a, m.b) * parseFloat(getComputedStyle(t).fontSize);
  });
  return [svg.getBoundingClientRect().width, Math.min(...sizes)];
})`

// layoutAudit is the sample audit plus a route with a long pattern and a
// hostile one, so site text that is long or odd is laid out too.
func layoutAudit(t *testing.T) *rendermap.Audit {
	a := testkit.SampleAudit(t)
	long := a.Routes[8]
	long.Pattern = "/catalogue/[categorySlug]/[subcategorySlug]/[productId]/reviews/[reviewId]"
	a.Routes = append(a.Routes, long, hostileAudit(t).Routes[0])
	return a
}

func checkLayout(t *testing.T, page *rod.Page, where string) {
	t.Helper()
	var problems []string
	if err := page.MustEval(layoutProblems).Unmarshal(&problems); err != nil {
		t.Fatal(err)
	}
	for i, p := range problems {
		if i == 15 {
			t.Errorf("%s: and %d more", where, len(problems)-i)
			break
		}
		t.Errorf("%s: %s", where, p)
	}
}

// TestHTML_BrowserLayout: at a desktop and a phone width nothing overflows
// its container, no table text leaves its cell, every chart's text stays
// inside the chart without overlapping, and chart text is at least 9 px.
func TestHTML_BrowserLayout(t *testing.T) {
	file := writeReport(t, layoutAudit(t))
	for _, width := range []int{1280, 390} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			page, _ := openReport(t, file, width, 900)
			checkLayout(t, page, fmt.Sprintf("%d px", width))
			var sizes [][2]float64
			if err := page.MustEval(chartSizes).Unmarshal(&sizes); err != nil {
				t.Fatal(err)
			}
			for i, s := range sizes {
				if s[0] > float64(width) || s[1] < 9 {
					t.Errorf("chart %d is %.0f px wide with %.1f px text at a %d px viewport, want at least 9 px", i, s[0], s[1], width)
				}
			}
			if width < 600 {
				screenshots(t, page, "phone")
			}
		})
	}
}

// TestHTML_BrowserPrintLayout: with print media at the width of an A4 page
// the report lays out as cleanly as on screen.
func TestHTML_BrowserPrintLayout(t *testing.T) {
	page, _ := openReport(t, writeReport(t, layoutAudit(t)), 700, 1000)
	if err := (proto.EmulationSetEmulatedMedia{Media: "print"}).Call(page); err != nil {
		t.Fatal(err)
	}
	checkLayout(t, page, "print")
}

// TestHTML_BrowserPDF prints the report to PDF as Chromium's "Save as PDF"
// does and checks, through the PDF's outline, that every section and every
// route is in it.
func TestHTML_BrowserPDF(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.NotAudited = []rendermap.Unaudited{{Pattern: "/admin/[...path]", URLs: 14, Reason: "robots", Message: "disallowed by robots.txt"}}
	page, _ := openReport(t, writeReport(t, a), 1280, 900)
	r, err := page.PDF(&proto.PagePrintToPDF{PrintBackground: true, GenerateDocumentOutline: true})
	if err != nil {
		t.Fatal(err)
	}
	pdf, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	titles := pdfOutline(pdf)
	for _, want := range []string{"Changes to make", "Already right", "Summary", "Whole-site build time", "Routes", "Not audited", "Route details", "Config", "Assumptions", "Method"} {
		if !slices.Contains(titles, want) {
			t.Errorf("the PDF's outline lacks %q (has %q)", want, titles)
		}
	}
	for _, r := range a.Routes {
		rec := recommendedLabel(r.Recommendation)
		if !slices.Contains(titles, r.Pattern+rec) && !slices.Contains(titles, r.Pattern+" "+rec) {
			t.Errorf("the PDF's outline lacks route %q", r.Pattern)
		}
	}
	if pages := bytes.Count(pdf, []byte("/Type /Page\n")) + bytes.Count(pdf, []byte("/Type /Page ")) + bytes.Count(pdf, []byte("/Type /Page>")); pages < len(a.Routes) {
		t.Errorf("the PDF has %d pages, want at least one per route (%d)", pages, len(a.Routes))
	}
}

// pdfOutline returns the bookmark titles of a PDF Chromium printed (plain
// ASCII titles are literal strings).
func pdfOutline(pdf []byte) []string {
	var out []string
	for _, part := range bytes.Split(pdf, []byte("/Title ("))[1:] {
		end := bytes.IndexByte(part, ')')
		for end > 0 && part[end-1] == '\\' {
			end += 1 + bytes.IndexByte(part[end+1:], ')')
		}
		if end > 0 {
			out = append(out, strings.NewReplacer(`\(`, "(", `\)`, ")", `\\`, `\`).Replace(string(part[:end])))
		}
	}
	return out
}

// TestLayoutChecker_CatchesProblems: the layout check finds each kind of
// problem in a page made to have them, so its silence on the report means
// something.
func TestLayoutChecker_CatchesProblems(t *testing.T) {
	bad := `<!DOCTYPE html><html><body style="margin:0">
<div class="scroll" style="width:200px;overflow-x:auto"><table style="width:400px"><tr><td>wide</td></tr></table></div>
<div style="width:100px"><p style="white-space:nowrap">a line much longer than its box</p></div>
<svg class="chart" viewBox="0 0 100 50" width="200" height="100"><text x="10" y="20" font-size="10">overlapping</text><text x="14" y="22" font-size="10">labels</text><text x="90" y="20" font-size="10">outside</text></svg>
</body></html>`
	file := filepath.Join(t.TempDir(), "bad.html")
	if err := os.WriteFile(file, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	page, _ := openReport(t, file, 390, 600)
	var problems []string
	if err := page.MustEval(layoutProblems).Unmarshal(&problems); err != nil {
		t.Fatal(err)
	}
	all := strings.Join(problems, "\n")
	for _, want := range []string{`div.scroll "wide" hides 200 px`, `p "a line much longer than its box" overflows by`, `chart texts overlap: "overlapping" and "labels"`, `chart text outside its chart: "outside"`} {
		if !strings.Contains(all, want) {
			t.Errorf("the layout check missed %q; it found:\n%s", want, all)
		}
	}
}

package report

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

var (
	svgRE   = regexp.MustCompile(`(?s)<svg class="chart.*?</svg>`)
	refRE   = regexp.MustCompile(`(?i)\b(src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"`)
	tagRE   = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	eventRE = regexp.MustCompile(`(?i)\son[a-z]+\s*=|javascript:`)
	hostile = `/x/"><svg onload=window.__pwned=1><img src=x onerror=window.__pwned=1>`
)

// hostileAudit plants markup in every kind of site text.
func hostileAudit(t testing.TB) *rendermap.Audit {
	a := testkit.SampleAudit(t)
	r := &a.Routes[0]
	r.Pattern = hostile
	r.Examples = []string{"javascript:window.__pwned=1"}
	r.Evidence.Pages[0].Headers["x-evil"] = `"><script>window.__pwned=1</script>`
	r.Personalized.Excerpt = `</blockquote><script>window.__pwned=1</script>`
	r.Recommendation.Reasons = append(r.Recommendation.Reasons, `<style>body{background:url(https://evil.example/x)}</style>`)
	a.Warnings = append(a.Warnings, rendermap.Warning{Source: "x", URL: "https://evil.example/<b>", Message: "<iframe src=https://evil.example>"})
	return a
}

func TestHTML_Structure(t *testing.T) {
	a := testkit.SampleAudit(t)
	out := renderString(t, "html", a, Options{Secrets: []string{testkit.PlantedSecret}})
	csp := `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(ContentSecurityPolicy) + `">`
	if !strings.Contains(html.UnescapeString(out), html.UnescapeString(csp)) {
		t.Error("CSP meta tag missing")
	}
	plain := strings.ReplaceAll(out, "<wbr>", "")
	for _, r := range a.Routes {
		if !strings.Contains(plain, "<code>"+html.EscapeString(r.Pattern)+"</code>") {
			t.Errorf("pattern %s not shown", r.Pattern)
		}
	}
	svgs := svgRE.FindAllString(out, -1)
	// strategy mix + build projection + (TTFB + cost) per route
	if want := 2 + 2*len(a.Routes); len(svgs) != want {
		t.Errorf("%d SVG charts, want %d", len(svgs), want)
	}
	for _, svg := range svgs {
		if strings.Contains(svg, "<script") || strings.Contains(svg, " id=") || strings.Contains(svg, "href") {
			t.Errorf("chart has a script, an id or a link: %.200q", svg)
		}
		if texts, pinned := strings.Count(svg, "<text "), strings.Count(svg, `<text textLength="`); texts == 0 || texts != pinned {
			t.Errorf("%d of %d chart texts have a textLength", pinned, texts)
		}
	}
	last := -1
	for _, section := range []string{`id="changes"`, `id="right"`, `id="summary"`, `id="build"`, `id="routes"`, `id="details"`, `id="config"`, `id="assumptions"`, `id="method"`} {
		i := strings.Index(out, "<section "+section)
		if i < 0 || i < last {
			t.Errorf("section %s missing or out of order", section)
		}
		last = i
	}
	for _, css := range []string{"@media print", "@media (max-width"} {
		if !strings.Contains(out, css) {
			t.Errorf("missing %s", css)
		}
	}
}

// TestHTML_Inert: site text cannot add markup, scripts or requests.
func TestHTML_Inert(t *testing.T) {
	out := renderString(t, "html", hostileAudit(t), Options{})
	if all, ours := strings.Count(out, "<svg"), strings.Count(out, `<svg class="chart`); all != ours {
		t.Errorf("%d svg elements, only %d of them charts", all, ours)
	}
	for _, bad := range []string{"<script", "<svg onload", "<iframe", "<img", "<style>body", "<b>"} {
		if strings.Contains(strings.ToLower(out), bad) {
			t.Errorf("output contains %q", bad)
		}
	}
	for _, tag := range tagRE.FindAllString(out, -1) {
		if eventRE.MatchString(tag) {
			t.Errorf("tag with an event handler or script URL: %.120q", tag)
		}
	}
	for _, m := range refRE.FindAllStringSubmatch(out, -1) {
		if v := html.UnescapeString(m[2]); !strings.HasPrefix(v, "#") {
			t.Errorf("external reference %s=%.80q", m[1], v)
		}
	}
	if n := strings.Count(out, "<style"); n != 1 {
		t.Errorf("%d style elements, want only the report's own", n)
	}
	if !strings.Contains(out, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
		t.Error("the hostile title is not shown escaped")
	}
}

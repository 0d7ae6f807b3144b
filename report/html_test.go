package report

import (
	"encoding/base64"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

var (
	imgRE   = regexp.MustCompile(`<img src="([^"]*)"`)
	refRE   = regexp.MustCompile(`(?i)\b(src|href|action|srcset|poster|data)\s*=\s*"([^"]*)"`)
	tagRE   = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	eventRE = regexp.MustCompile(`(?i)\son[a-z]+\s*=|javascript:`)
	hostile = `/x/"><svg onload=window.__pwned=1><img src=x onerror=window.__pwned=1>`
)

const svgPrefix = "data:image/svg+xml;base64,"

// hostileAudit plants markup in every kind of site text.
func hostileAudit(t testing.TB) *rendermap.Audit {
	a := loadAudit(t)
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
	a := loadAudit(t)
	out := renderString(t, "html", a, Options{Secrets: []string{plantedSecret}})
	csp := `<meta http-equiv="Content-Security-Policy" content="` + html.EscapeString(ContentSecurityPolicy) + `">`
	if !strings.Contains(html.UnescapeString(out), html.UnescapeString(csp)) {
		t.Error("CSP meta tag missing")
	}
	for _, r := range a.Routes {
		if !strings.Contains(out, "<code>"+html.EscapeString(r.Pattern)+"</code>") {
			t.Errorf("pattern %s not shown", r.Pattern)
		}
	}
	imgs := imgRE.FindAllStringSubmatch(out, -1)
	// strategy mix + build projection + (TTFB + cost) per route
	if want := 2 + 2*len(a.Routes); len(imgs) != want {
		t.Errorf("%d SVG charts, want %d", len(imgs), want)
	}
	for _, m := range imgs {
		src := html.UnescapeString(m[1])
		svg, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(src, svgPrefix))
		if err != nil || !strings.HasPrefix(string(svg), "<?xml") || !strings.Contains(string(svg), "<svg") {
			t.Fatalf("chart is not SVG: %v %.60q", err, svg)
		}
		if strings.Contains(string(svg), "<script") {
			t.Error("chart contains a script")
		}
	}
	for _, section := range []string{`id="summary"`, `id="changes"`, `id="build"`, `id="routes"`, `id="assumptions"`, `id="method"`, "@media print", "@media (max-width"} {
		if !strings.Contains(out, section) {
			t.Errorf("missing %s", section)
		}
	}
}

// TestHTML_Inert: site text cannot add markup, scripts or requests.
func TestHTML_Inert(t *testing.T) {
	out := renderString(t, "html", hostileAudit(t), Options{})
	for _, bad := range []string{"<script", "<svg", "<iframe", "<img src=x", "<style>body", "<b>"} {
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
		if v := html.UnescapeString(m[2]); !strings.HasPrefix(v, "#") && !strings.HasPrefix(v, svgPrefix) {
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

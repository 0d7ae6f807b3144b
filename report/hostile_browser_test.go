package report

import (
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// hostilePaths are the hostile fixture's pages whose URLs, headers, titles
// and errors go into the report.
var hostilePaths = []string{
	fixtures.HostileMarkup, fixtures.HostileGarbageHdr, fixtures.HostileBinaryHTML,
	fixtures.HostileRedirectAway, fixtures.HostileStatus429, fixtures.HostileBadLength,
	fixtures.HostileUnicode, "/xss/%22%3E%3Cscript%3Ewindow.__pwned=1%3C%2Fscript%3E",
	fixtures.HostileHang,
}

var titleRE = regexp.MustCompile(`(?s)<title>(.*?)</title>`)

// hostilePages fetches the hostile fixture's pages (loopback only) and
// turns each response, or its error, into a measured page.
func hostilePages(t *testing.T, base string) []rendermap.PageResult {
	c := &http.Client{Timeout: 2 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	var out []rendermap.PageResult
	for _, p := range hostilePaths {
		pr := rendermap.PageResult{URL: base + p, Headers: map[string]string{}}
		res, err := c.Get(base + p)
		if err != nil {
			pr.Error = err.Error()
			out = append(out, pr)
			continue
		}
		body, err := io.ReadAll(io.LimitReader(res.Body, 1<<20))
		res.Body.Close()
		if err != nil {
			pr.Error = err.Error()
		}
		pr.Status = res.StatusCode
		for k, vs := range res.Header {
			pr.Headers[strings.ToLower(k)] = strings.Join(vs, ", ")
		}
		if m := titleRE.FindSubmatch(body); m != nil {
			pr.Title = html.UnescapeString(string(m[1]))
		} else {
			pr.Title = string(body[:min(len(body), 200)])
		}
		out = append(out, pr)
	}
	return out
}

// TestHTML_BrowserHostileFixture shows the hostile fixture's real pages in
// the report and checks, in Chromium, that none of their content runs.
func TestHTML_BrowserHostileFixture(t *testing.T) {
	testkit.Rod(t)
	var otherHits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { otherHits.Add(1) }))
	defer other.Close()
	srv, err := fixtures.Start(fixtures.NewHostile(fixtures.HostileOptions{OtherOrigin: other.URL, SlowFor: 3 * time.Second}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	a := testkit.SampleAudit(t)
	r := a.Routes[0]
	r.Pattern = "/xss/[x]"
	r.Examples = []string{"javascript:window.__pwned=1", "data:text/html,<script>window.__pwned=1</script>", other.URL + "/stolen"}
	r.Evidence.Pages = hostilePages(t, srv.URL())
	a.Routes = append(a.Routes, r)
	a.Warnings = append(a.Warnings, rendermap.Warning{Source: "crawl", URL: srv.URL() + "/\"><script>window.__pwned=1</script>",
		Message: "redirected to another origin (" + other.URL + "); not followed"})
	page, ev := openReport(t, writeReport(t, a), 1280, 900)
	checks := map[string]string{
		"window.__pwned":  `() => String(typeof window.__pwned)`,
		"script elements": `() => String(document.scripts.length)`,
		"document.title":  `() => String(document.title === "pwned")`,
	}
	want := map[string]string{"window.__pwned": "undefined", "script elements": "0", "document.title": "false"}
	for name, js := range checks {
		if got := page.MustEval(js).Str(); got != want[name] {
			t.Errorf("%s = %s, want %s: site content ran", name, got, want[name])
		}
	}
	text := page.MustEval(`() => document.body.textContent`).Str()
	for _, shown := range []string{`<script>document.title="pwned";alert("title")</script>`, "Ünïcödé 日本語", "Client.Timeout exceeded"} {
		if !strings.Contains(text, shown) {
			t.Errorf("the report does not show %q as text", shown)
		}
	}
	requests, console := ev.snapshot()
	for _, u := range requests {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			t.Errorf("network request to %.100q", u)
		}
	}
	if len(console) > 0 {
		t.Errorf("console output: %q", console)
	}
	if n := otherHits.Load(); n != 0 {
		t.Errorf("the other origin got %d requests", n)
	}
}

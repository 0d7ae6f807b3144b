package httpcache

import (
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/rendermap/rendermap/internal/testkit"
)

func TestExplainCache(t *testing.T) {
	date := testkit.Now.Format(http.TimeFormat)
	cases := []struct {
		name      string
		status    int
		h         http.Header
		verdict   string
		fresh     int64
		source    string
		swr       int64
		wantNotes []string
	}{
		{"next static", 200, testkit.Header("Cache-Control", "public, max-age=0, s-maxage=31536000", "Etag", `"a"`), "shared", 31536000, "s-maxage", 0, []string{"freshness"}},
		{"next isr", 200, testkit.Header("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700"), "shared", 300, "s-maxage", 31535700, []string{"stale-while-revalidate"}},
		{"ssr private", 200, testkit.Header("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"), "none", 0, "none", 0, []string{"no-store", "private"}},
		{"private only", 200, testkit.Header("Cache-Control", "private, max-age=600"), "private", 600, "max-age", 0, []string{"private", "freshness"}},
		{"max-age only", 200, testkit.Header("Cache-Control", "max-age=120"), "shared", 120, "max-age", 0, nil},
		{"expires", 200, testkit.Header("Date", date, "Expires", testkit.Now.Add(time.Hour).Format(http.TimeFormat)), "shared", 3600, "expires", 0, nil},
		{"expires garbage means expired", 200, testkit.Header("Date", date, "Expires", "tomorrow-ish"), "shared", 0, "expires", 0, []string{"expires-invalid"}},
		{"expires 0", 200, testkit.Header("Expires", "0"), "shared", 0, "expires", 0, nil},
		{"heuristic", 200, testkit.Header("Date", date, "Last-Modified", testkit.Now.Add(-100*time.Hour).Format(http.TimeFormat)), "shared", 36000, "heuristic", 0, []string{"heuristic-freshness"}},
		{"no headers", 200, testkit.Header(), "shared", 0, "none", 0, []string{"no-freshness", "no-validators"}},
		{"set-cookie blocks shared", 200, testkit.Header("Cache-Control", "public, max-age=60", "Set-Cookie", "sid=x"), "private", 60, "max-age", 0, []string{"set-cookie-on-html"}},
		{"vary star", 200, testkit.Header("Cache-Control", "max-age=60", "Vary", "*"), "none", 0, "none", 0, []string{"vary-star"}},
		{"vary cookie", 200, testkit.Header("Cache-Control", "s-maxage=60", "Vary", "Accept-Encoding, Cookie"), "shared", 60, "s-maxage", 0, []string{"vary-cookie"}},
		{"no-cache", 200, testkit.Header("Cache-Control", "no-cache, max-age=600"), "shared", 0, "max-age", 0, []string{"no-cache"}},
		{"pragma", 200, testkit.Header("Pragma", "no-cache"), "shared", 0, "none", 0, []string{"pragma-no-cache"}},
		{"cdn-cache-control overrides", 200, testkit.Header("Cache-Control", "private, max-age=0", "Cdn-Cache-Control", "max-age=600"), "shared", 600, "max-age", 0, []string{"targeted-field"}},
		{"vendor field beats cdn field", 200, testkit.Header("Cdn-Cache-Control", "max-age=600", "Vercel-Cdn-Cache-Control", "s-maxage=60", "Cache-Control", "no-store"), "shared", 60, "s-maxage", 0, []string{"targeted-field"}},
		{"garbage max-age is stale", 200, testkit.Header("Cache-Control", "public, max-age=abc"), "shared", 0, "max-age", 0, []string{"cache-control-invalid"}},
		{"conflicting duplicates", 200, testkit.Header("Cache-Control", "max-age=60", "Cache-Control", "max-age=0"), "shared", 60, "max-age", 0, []string{"cache-control-conflict"}},
		{"contradiction", 200, testkit.Header("Cache-Control", "public, private, max-age=60"), "private", 60, "max-age", 0, []string{"cache-control-contradiction"}},
		{"negative age", 200, testkit.Header("Cache-Control", "max-age=60", "Age", "-3"), "shared", 60, "max-age", 0, []string{"age-invalid"}},
		{"age", 200, testkit.Header("Cache-Control", "max-age=60", "Age", "12"), "shared", 60, "max-age", 0, []string{"age"}},
		{"bad date", 200, testkit.Header("Date", "yesterday", "Cache-Control", "max-age=5"), "shared", 5, "max-age", 0, []string{"date-invalid"}},
		{"500 not cacheable", 500, testkit.Header("Cache-Control", "max-age=60"), "none", 0, "none", 0, []string{"status-uncacheable"}},
		{"404 heuristic status", 404, testkit.Header(), "shared", 0, "none", 0, nil},
		{"unknown status", 0, testkit.Header("Cache-Control", "max-age=60"), "unknown", 0, "none", 0, []string{"status-unknown"}},
		{"stale-if-error", 200, testkit.Header("Cache-Control", "max-age=60, stale-if-error=600"), "shared", 60, "max-age", 0, []string{"stale-if-error"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := Explain(tc.status, tc.h, testkit.Now)
			if c.Verdict != tc.verdict || c.FreshnessSeconds != tc.fresh || c.FreshnessSource != tc.source || c.StaleWhileRevalidateSeconds != tc.swr {
				t.Errorf("got %s %d %s swr=%d, want %s %d %s swr=%d (notes %v)", c.Verdict, c.FreshnessSeconds, c.FreshnessSource,
					c.StaleWhileRevalidateSeconds, tc.verdict, tc.fresh, tc.source, tc.swr, testkit.NoteCodes(c))
			}
			for _, code := range tc.wantNotes {
				if !slices.Contains(testkit.NoteCodes(c), code) {
					t.Errorf("notes %v lack %s", testkit.NoteCodes(c), code)
				}
			}
			for i := 1; i < len(c.Notes); i++ {
				if severityRank[c.Notes[i-1].Severity] > severityRank[c.Notes[i].Severity] {
					t.Errorf("notes not sorted by severity: %v", c.Notes)
				}
			}
		})
	}
}

func TestExplainCacheNilHeader(t *testing.T) {
	if c := Explain(200, nil, testkit.Now); c.Verdict != "shared" || c.FreshnessSource != "none" {
		t.Errorf("nil header: %+v", c)
	}
}

func BenchmarkExplainCache(b *testing.B) {
	h := testkit.Header("Cache-Control", "public, max-age=0, s-maxage=31536000", "Etag", `"a"`, "Vary", "Accept-Encoding",
		"Date", testkit.Now.Format(http.TimeFormat), "Set-Cookie", "a=b")
	for b.Loop() {
		_ = Explain(200, h, testkit.Now)
	}
}

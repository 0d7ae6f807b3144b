package crawl

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// countingHandler counts the GET requests per path.
type countingHandler struct {
	h    http.Handler
	mu   sync.Mutex
	hits map[string]int
}

func (c *countingHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.mu.Lock()
	c.hits[r.URL.Path]++
	c.mu.Unlock()
	c.h.ServeHTTP(w, r)
}

func discoverTemplates(t *testing.T, routes []string) (*Result, *countingHandler) {
	t.Helper()
	if testing.Short() {
		t.Skip("real browser")
	}
	b := testkit.Browser(t)
	h := &countingHandler{h: fixtures.NewTemplates(), hits: map[string]int{}}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	res, err := Discover(context.Background(), Options{Start: srv.URL, Browser: b, Rate: 1000, Routes: routes})
	if err != nil {
		t.Fatal(err)
	}
	return res, h
}

// TestDiscoverTemplates crawls the Larkspur fixture with real Chromium. URL
// shape alone splits its one docs template into 36 patterns and puts two
// templates in /catalog/[slug]; the rendered pages' structure and their
// framework route data give the site's real routes.
func TestDiscoverTemplates(t *testing.T) {
	res, h := discoverTemplates(t, nil)
	got := map[string]int{}
	by := map[string]string{}
	var urls []string
	for _, r := range res.Routes {
		got[r.Pattern], by[r.Pattern] = r.Pages, r.Grouping.By
		urls = append(urls, r.Examples...)
	}
	want := map[string]int{
		"/": 1, "/guides": 1, "/guides/[...slug]": 36,
		"/catalog": 1, "/catalog/[slug]": 9, "/catalog/clearance": 1, "/catalog/summer-collection": 1, "/catalog/winter-collection": 1,
		"/kb": 1, "/kb/[...slug]": 4, "/learn/[...slug]": 4,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("patterns (-want +got):\n%s\nwarnings: %v", d, res.Warnings)
	}
	wantBy := map[string]string{"/guides/[...slug]": "template", "/catalog/clearance": "template", "/kb/[...slug]": "framework", "/learn/[...slug]": "framework", "/catalog/[slug]": "url"}
	for p, w := range wantBy {
		if by[p] != w {
			t.Errorf("%s grouped by %q, want %q", p, by[p], w)
		}
	}
	t.Run("URL shape alone", func(t *testing.T) { checkURLShapeAlone(t) })
	t.Run("not audited", func(t *testing.T) { checkTemplatesNotAudited(t, res.NotAudited) })
	t.Run("each page loaded once", func(t *testing.T) { checkLoadedOnce(t, h) })
}

// checkURLShapeAlone shows what the same URLs give without rendered pages.
func checkURLShapeAlone(t *testing.T) {
	var guides, catalog int
	for _, g := range Infer(guideAndCatalogURLs(), nil) {
		switch {
		case strings.HasPrefix(g.Pattern, "/guides/"):
			guides++
		case g.Pattern == "/catalog/[slug]":
			catalog = g.URLs
		}
	}
	if guides != 36 || catalog != 12 {
		t.Errorf("URL shape alone: %d patterns under /guides (want 36), /catalog/[slug] holds %d URLs (want 12)", guides, catalog)
	}
}

func guideAndCatalogURLs() []string {
	var out []string
	for _, s := range fixtures.GuideSections {
		out = append(out, "/guides/"+s)
		for _, p := range fixtures.GuidePages(s) {
			out = append(out, "/guides/"+s+"/"+p)
		}
	}
	for _, c := range append(fixtures.CatalogProducts, fixtures.CatalogCollections...) {
		out = append(out, "/catalog/"+c)
	}
	return out
}

func checkTemplatesNotAudited(t *testing.T, got []rendermap.Unaudited) {
	want := []rendermap.Unaudited{{Pattern: "/app/[...path]", URLs: 3, Reason: "robots",
		Message: "disallowed by robots.txt; audit your own site with --ignore-robots"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("not audited (-want +got):\n%s", d)
	}
}

// checkLoadedOnce: comparing templates costs no page load beyond the
// crawl's own and a bounded sample; no page is loaded twice.
func checkLoadedOnce(t *testing.T, h *countingHandler) {
	h.mu.Lock()
	defer h.mu.Unlock()
	loads := 0
	for p, n := range h.hits {
		if p == "/" || p == "/robots.txt" || p == "/sitemap.xml" || p == "/favicon.ico" {
			continue
		}
		loads += n
		if n > 1 {
			t.Errorf("%s loaded %d times", p, n)
		}
	}
	if loads > 59 {
		t.Errorf("%d page loads; besides / the site has 59 pages robots.txt allows", loads)
	}
}

// TestDiscoverTemplatesPinned: a pinned pattern keeps its URLs whatever
// their templates say.
func TestDiscoverTemplatesPinned(t *testing.T) {
	res, _ := discoverTemplates(t, []string{"/guides/[section]/[page]"})
	for _, r := range res.Routes {
		if r.Pattern == "/guides/[section]/[page]" {
			if r.Pages != 30 || r.Grouping.By != "pinned" {
				t.Errorf("pinned route: %d pages, grouped by %s", r.Pages, r.Grouping.By)
			}
			return
		}
	}
	t.Errorf("no pinned route in %d routes", len(res.Routes))
}

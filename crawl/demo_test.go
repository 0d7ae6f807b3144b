package crawl

import (
	"context"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

func demoServer(t *testing.T) *fixtures.Demo {
	t.Helper()
	d := fixtures.NewDemo(fixtures.DemoOptions{ProductDelay: -1, CategoryDelay: -1, SearchDelay: -1, AccountDelay: -1})
	srv := httptest.NewServer(d)
	t.Cleanup(srv.Close)
	t.Setenv("RENDERMAP_TEST_DEMO", srv.URL)
	return d
}

func truthPatterns(t *testing.T) []string {
	truth, err := fixtures.Truth()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range truth {
		out = append(out, e.Pattern)
	}
	return out
}

// TestDiscoverDemoSitemaps reads the demo's robots.txt and sitemaps only.
func TestDiscoverDemoSitemaps(t *testing.T) {
	d := demoServer(t)
	res, err := Discover(context.Background(), Options{Start: os.Getenv("RENDERMAP_TEST_DEMO"), Rate: 1000})
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]int{}
	for _, r := range res.Routes {
		pages[r.Pattern] = r.Pages
		if r.PagesSource != "sitemap" && r.Pattern != "/" {
			t.Errorf("%s: source %s", r.Pattern, r.PagesSource)
		}
	}
	want := map[string]int{"/": 1, "/about": 1, "/blog": 1, "/blog/[slug]": d.Posts(), "/category/[slug]": 12, "/products/[id]": d.Products(),
		"/deals": 1, "/events": 1, "/gift-cards": 1, "/lookbook": 1, "/outlet": 1, "/shipping": 1, "/stores": 1}
	if diff := cmp.Diff(want, pages); diff != "" {
		t.Errorf("patterns and pages (-want +got):\n%s", diff)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings on a healthy site: %v", res.Warnings)
	}
}

// TestDiscoverDemoBrowser crawls the demo with real Chromium (the home page
// only, to stay fast) and must find exactly the demo's route patterns: the
// sitemaps give most, the rendered links add /account, /dashboard and /search.
func TestDiscoverDemoBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("real browser")
	}
	b := testkit.Browser(t)
	demoServer(t)
	res, err := Discover(context.Background(), Options{Start: os.Getenv("RENDERMAP_TEST_DEMO"), Browser: b,
		MaxDepth: 1, Rate: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Routes {
		got = append(got, r.Pattern)
	}
	if diff := cmp.Diff(truthPatterns(t), got); diff != "" {
		t.Errorf("patterns (-want +got):\n%s\nwarnings: %v", diff, res.Warnings)
	}
}

// TestDiscoverDemoMaxURLs: sitemap page counts stay exact past MaxURLs.
func TestDiscoverDemoMaxURLs(t *testing.T) {
	d := demoServer(t)
	res, err := Discover(context.Background(), Options{Start: os.Getenv("RENDERMAP_TEST_DEMO"), Rate: 1000, MaxURLs: 500})
	if err != nil {
		t.Fatal(err)
	}
	// Sitemap URLs fill at most 90% of MaxURLs; the rest is kept for links.
	// Every sitemap URL is still counted, so nothing is a lower bound.
	if res.Site.Truncated || res.Site.URLsDiscovered != 450 {
		t.Errorf("site = %+v, want 450 URLs kept (90%% of 500), not truncated", res.Site)
	}
	if !hasWarning(res.Warnings, "sitemap", "counted per pattern only") {
		t.Errorf("no warning says sitemap URLs were counted but not kept: %+v", res.Warnings)
	}
	found := false
	for _, r := range res.Routes {
		if r.PagesLowerBound {
			t.Errorf("%s: a lower bound although every sitemap URL was counted and no link was refused", r.Pattern)
		}
		if r.Pattern != "/products/[id]" {
			continue
		}
		found = true
		if r.Pages != d.Products() || r.PagesSource != "sitemap" || r.PagesLowerBound {
			t.Errorf("products route: pages=%d source=%s lower=%v, want %d sitemap exact", r.Pages, r.PagesSource, r.PagesLowerBound, d.Products())
		}
	}
	if !found {
		t.Errorf("no /products/[id] route in %d routes", len(res.Routes))
	}
}

// hasWarning reports whether a warning from source mentions text.
func hasWarning(ws []rendermap.Warning, source, text string) bool {
	for _, w := range ws {
		if w.Source == source && strings.Contains(w.Message, text) {
			return true
		}
	}
	return false
}

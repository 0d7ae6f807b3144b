package measure

import (
	"context"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/crawl"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// TestDemoShop runs crawl and a default measurement against the demo shop
// with real Chromium and checks the current strategy of every pattern. It
// takes a minute or more, so it only runs with RENDERMAP_DEMO_TEST=1.
func TestDemoShop(t *testing.T) {
	if os.Getenv("RENDERMAP_DEMO_TEST") == "" {
		t.Skip("set RENDERMAP_DEMO_TEST=1 to run the demo shop measurement")
	}
	b := testkit.Browser(t)
	srv := httptest.NewServer(fixtures.NewDemo(fixtures.DemoOptions{}))
	defer srv.Close()
	res, err := crawl.Discover(context.Background(), crawl.Options{Start: srv.URL, SampleSize: 5, Seed: 1, Browser: b})
	if err != nil {
		t.Fatal(err)
	}
	a := &rendermap.Audit{Site: res.Site, Routes: rendermap.RoutesFrom(res.Routes)}
	start := time.Now()
	if err := Measure(context.Background(), a, Options{Browser: b}); err != nil {
		t.Fatal(err)
	}
	t.Logf("measured %d patterns in %v", len(a.Routes), time.Since(start).Round(time.Millisecond))
	cases := []struct {
		pattern                string
		strategy               rendermap.Strategy
		revalidate             int64
		personalized, volatile bool
	}{
		{"/", rendermap.Static, 0, false, false},
		{"/about", rendermap.Static, 0, false, false},
		{"/blog", rendermap.Static, 0, false, false},
		{"/blog/[slug]", rendermap.Static, 0, false, false},
		{"/category/[slug]", rendermap.ISR, 300, false, true},
		{"/products/[id]", rendermap.SSR, 0, false, true},
		{"/search", rendermap.SSR, 0, false, false},
		{"/account", rendermap.SSR, 0, true, false},
		{"/dashboard", rendermap.Client, 0, false, false},
	}
	for _, tc := range cases {
		t.Run(tc.pattern, func(t *testing.T) {
			r := route(t, a, tc.pattern)
			if r.Current.Strategy != tc.strategy || r.Current.RevalidateSeconds != tc.revalidate {
				t.Errorf("current = %s %d, want %s %d (%q)", r.Current.Strategy, r.Current.RevalidateSeconds, tc.strategy, tc.revalidate, r.Current.Evidence)
			}
			if r.Personalized.Personalized != tc.personalized {
				t.Errorf("personalized = %+v", r.Personalized)
			}
			if volatile := r.Volatility.ChangedOnRecheck > 0; volatile != tc.volatile {
				t.Errorf("volatility = %+v", r.Volatility)
			}
		})
	}
}

package measure

import (
	"context"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// earlierLoads renders each path once in a session of fb of its own, as
// discovery would before measuring, and keeps the loads.
func earlierLoads(t *testing.T, fb *testkit.FakeBrowser, origin string, paths ...string) *rendermap.Loads {
	t.Helper()
	s, err := fb.NewSession(context.Background(), rendermap.SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	loads := rendermap.NewLoads()
	for _, p := range paths {
		r, err := s.Render(context.Background(), origin+p)
		if err != nil {
			t.Fatal(err)
		}
		loads.Keep(origin+p, r)
	}
	return loads
}

// TestEarlierLoadStandsInForB: discovery's load of a page, in another
// cookie jar, stands in for session B's when it shows what A's load shows;
// when it differs (a per-visitor page), B is loaded as before and the page
// is still found personalized.
func TestEarlierLoadStandsInForB(t *testing.T) {
	srv := testSite(t)
	cases := []struct {
		name         string
		paths        []string
		want         int // renders while measuring
		personalized bool
	}{
		// A for each; the first page's B is discovery's load.
		{"same page: no B load", []string{"/static/a", "/static/b"}, 2, false},
		// A; discovery's load differs, so B, the language variant and A2.
		{"personalized page: B loaded", []string{"/account"}, 4, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fb := &testkit.FakeBrowser{Fetch: true}
			earlier := earlierLoads(t, fb, srv.URL, tc.paths...)
			before := fb.RenderCount()
			a := auditFor(srv.URL, map[string][]string{"/x": tc.paths})
			opt := Options{Samples: 1, Recheck: -1, Browser: fb, Concurrency: 1, Earlier: earlier}
			if err := Measure(context.Background(), a, opt); err != nil {
				t.Fatal(err)
			}
			if got := fb.RenderCount() - before; got != tc.want {
				t.Errorf("renders while measuring = %d, want %d", got, tc.want)
			}
			if got := a.Routes[0].Personalized.Personalized; got != tc.personalized {
				t.Errorf("personalized = %v, want %v", got, tc.personalized)
			}
		})
	}
}

// TestEarlierLoadInAsJar: a load made in session A's own cookie jar is not
// another visitor's, so B is loaded.
func TestEarlierLoadInAsJar(t *testing.T) {
	srv := testSite(t)
	fb := &testkit.FakeBrowser{Fetch: true}
	earlier := earlierLoads(t, fb, srv.URL, "/static/a")
	earlier.Get(srv.URL + "/static/a").Jar = "fake-2" // the jar measuring's A gets
	before := fb.RenderCount()
	a := auditFor(srv.URL, map[string][]string{"/x": {"/static/a"}})
	if err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1, Browser: fb, Concurrency: 1, Earlier: earlier}); err != nil {
		t.Fatal(err)
	}
	if got := fb.RenderCount() - before; got != 2 {
		t.Errorf("renders while measuring = %d, want 2 (A and B)", got)
	}
}

// TestVariantSessionsOnDemand: the language session is opened when a page
// first needs it; pages a shared cache stores without Vary:
// Accept-Language need none, so only A and B are opened.
func TestVariantSessionsOnDemand(t *testing.T) {
	srv := testSite(t)
	for _, tc := range []struct {
		path string
		want int
	}{{"/static/a", 2}, {"/hello", 3}} {
		fb := &testkit.FakeBrowser{Fetch: true}
		a := auditFor(srv.URL, map[string][]string{"/x": {tc.path}})
		if err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1, Browser: fb, Concurrency: 1}); err != nil {
			t.Fatal(err)
		}
		if got := fb.Sessions(); got != tc.want {
			t.Errorf("%s: %d sessions opened, want %d", tc.path, got, tc.want)
		}
	}
}

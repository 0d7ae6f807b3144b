package measure

import (
	"context"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestMeasureRealBrowser(t *testing.T) {
	b := testkit.Browser(t)
	start := time.Now()
	srv := testSite(t)
	a := auditFor(srv.URL, map[string][]string{
		"/static/[slug]": {"/static/a"},
		"/account":       {"/account"},
		"/dashboard":     {"/dashboard"},
	})
	if err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1, Browser: b, Concurrency: 2,
		Progress: func(p Progress) { t.Logf("%v %s %s", time.Since(start).Round(time.Millisecond), p.Phase, p.URL) }}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		pattern      string
		strategy     rendermap.Strategy
		personalized bool
	}{
		{"/static/[slug]", rendermap.Static, false},
		{"/account", rendermap.SSR, true},
		{"/dashboard", rendermap.Client, false},
	}
	for _, tc := range cases {
		t.Run(tc.pattern, func(t *testing.T) {
			r := route(t, a, tc.pattern)
			if r.URLsSampled != 1 {
				t.Fatalf("pages = %+v", r.Evidence.Pages)
			}
			if r.Current.Strategy != tc.strategy || r.Personalized.Personalized != tc.personalized {
				t.Errorf("current %s personalized %v (%+v, client %+v), want %s %v", r.Current.Strategy,
					r.Personalized.Personalized, r.Personalized, r.ClientRender, tc.strategy, tc.personalized)
			}
			if r.Browser == nil || r.Browser.FCP.N != 1 {
				t.Errorf("browser timing = %+v", r.Browser)
			}
		})
	}
}

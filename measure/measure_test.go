package measure

import (
	"context"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/testkit"
)

// auditFor builds an audit with one route per pattern, sampling the given paths.
func auditFor(origin string, routes map[string][]string) *rendermap.Audit {
	a := &rendermap.Audit{Schema: rendermap.SchemaVersion, Tool: rendermap.Tool{Name: "rendermap", Version: "test"},
		Site: rendermap.Site{Origin: origin}, Complete: true, Warnings: []rendermap.Warning{}}
	for _, pattern := range sortedKeys(routes) {
		r := rendermap.Route{Discovery: rendermap.Discovery{Pattern: pattern, Pages: len(routes[pattern]), PagesSource: "urls"},
			Advice: rendermap.Advice{Recommendation: rendermap.Recommendation{Strategy: rendermap.SSR, Reasons: []string{"test"}}}}
		for _, p := range routes[pattern] {
			r.Sample = append(r.Sample, rendermap.SampleURL{URL: origin + p})
		}
		a.Routes = append(a.Routes, r)
	}
	return a
}

func sortedKeys(m map[string][]string) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	return sortedUnique(keys)
}

func route(t *testing.T, a *rendermap.Audit, pattern string) rendermap.Route {
	t.Helper()
	for _, r := range a.Routes {
		if r.Pattern == pattern {
			return r
		}
	}
	t.Fatalf("no route %s", pattern)
	return rendermap.Route{}
}

func TestMeasureSite(t *testing.T) {
	srv := testSite(t)
	a := auditFor(srv.URL, map[string][]string{
		"/static/[slug]": {"/static/a", "/static/b"},
		"/isr/[slug]":    {"/isr/a", "/isr/b"},
		"/product/[id]":  {"/product/1", "/product/2"},
		"/account":       {"/account"},
		"/dashboard":     {"/dashboard"},
		"/broken/[x]":    {"/json", "/slow"},
		"/huge":          {"/huge"},
	})
	secret := "s3cr3t-cookie-value"
	fb := &testkit.FakeBrowser{Fetch: true}
	start := time.Now()
	var last Progress
	var mu sync.Mutex
	err := Measure(context.Background(), a, Options{
		Samples: 2, Recheck: 400 * time.Millisecond, PageTimeout: 3 * time.Second,
		Progress: func(p Progress) {
			mu.Lock()
			defer mu.Unlock()
			t.Logf("%v %s %s %d/%d", time.Since(start).Round(time.Millisecond), p.Phase, p.URL, p.Done, p.Total)
			if p.Steps > last.Steps {
				last = p
			}
		},
		MaxBodyBytes: 1 << 20, Browser: fb,
		Cookies: []*http.Cookie{{Name: "sid", Value: secret}},
		Header:  http.Header{"Authorization": {"Bearer " + secret}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// 11 URLs × fetch, render, recheck; failed fetches still count their steps.
	if last.Steps != 33 || last.StepsTotal != 33 {
		t.Errorf("last progress %d/%d steps, want 33/33", last.Steps, last.StepsTotal)
	}
	cases := []struct {
		pattern      string
		strategy     rendermap.Strategy
		revalidate   int64
		verdict      string
		personalized bool
	}{
		{"/static/[slug]", rendermap.Static, 0, "shared", false},
		{"/isr/[slug]", rendermap.ISR, 300, "shared", false},
		{"/product/[id]", rendermap.SSR, 0, "none", false},
		{"/account", rendermap.SSR, 0, "none", true},
		{"/dashboard", rendermap.Client, 0, "shared", false},
	}
	for _, tc := range cases {
		t.Run(tc.pattern, func(t *testing.T) {
			r := route(t, a, tc.pattern)
			if r.Current.Strategy != tc.strategy || r.Current.RevalidateSeconds != tc.revalidate {
				t.Errorf("current = %s %d, want %s %d (evidence %q)", r.Current.Strategy, r.Current.RevalidateSeconds, tc.strategy, tc.revalidate, r.Current.Evidence)
			}
			if r.Cache.Verdict != tc.verdict {
				t.Errorf("verdict = %s, want %s", r.Cache.Verdict, tc.verdict)
			}
			if r.Personalized.Personalized != tc.personalized {
				t.Errorf("personalized = %v (%+v), want %v", r.Personalized.Personalized, r.Personalized, tc.personalized)
			}
			if r.URLsSampled != len(r.Sample) || r.TTFB.N != 2*len(r.Sample) {
				t.Errorf("sampled %d urls, %d ttfb samples; want %d, %d", r.URLsSampled, r.TTFB.N, len(r.Sample), 2*len(r.Sample))
			}
		})
	}
	t.Run("volatility", func(t *testing.T) {
		if v := route(t, a, "/product/[id]").Volatility; v.ChangedOnRecheck != 2 || v.Source != "recheck" {
			t.Errorf("product volatility = %+v, want 2 changed from recheck", v)
		}
		if v := route(t, a, "/static/[slug]").Volatility; v.ChangedOnRecheck != 0 || v.Rechecked != 2 {
			t.Errorf("static volatility = %+v, want 0 of 2 changed", v)
		}
	})
	t.Run("validators", func(t *testing.T) {
		if v := route(t, a, "/static/[slug]").Cache.Validators; v != "etag: 304" {
			t.Errorf("validators = %q", v)
		}
	})
	t.Run("client render", func(t *testing.T) {
		cr := route(t, a, "/dashboard").ClientRender
		if cr.ScriptOnlyFraction < 0.9 || len(cr.EmptyMounts) != 1 || len(cr.DataRequests) != 1 ||
			!strings.HasSuffix(cr.DataRequests[0].URL, "/api/dashboard") {
			t.Errorf("client render = %+v", cr)
		}
		if f := route(t, a, "/static/[slug]").ClientRender.ScriptOnlyFraction; f != 0 {
			t.Errorf("static script-only fraction = %v", f)
		}
	})
	t.Run("account signals", func(t *testing.T) {
		p := route(t, a, "/account").Personalized
		if v := route(t, a, "/account").Volatility; v.ChangedOnRecheck != 0 || v.Rechecked != 1 {
			t.Errorf("account volatility = %+v, want rechecked in the same session without change", v)
		}
		for _, s := range p.Signals {
			if strings.Contains(s, "Accept-Language") {
				t.Errorf("per-session difference reported as language variance: %q", s)
			}
		}
		if !slices.Contains(p.Signals, "vary: cookie") || !slices.Contains(p.Signals, "session-like cookie name: sid") || len(p.Where) == 0 {
			t.Errorf("personalization = %+v", p)
		}
	})
	t.Run("failures are data", func(t *testing.T) {
		r := route(t, a, "/broken/[x]")
		if r.URLsSampled != 0 || len(r.Evidence.Pages) != 2 {
			t.Fatalf("broken route: %d sampled, %d pages", r.URLsSampled, len(r.Evidence.Pages))
		}
		for _, p := range r.Evidence.Pages {
			if p.Error == "" {
				t.Errorf("%s: no error recorded", p.URL)
			}
		}
		if !strings.Contains(r.Evidence.Pages[0].Error, "not an HTML document") {
			t.Errorf("json error = %q", r.Evidence.Pages[0].Error)
		}
	})
	t.Run("huge body is capped", func(t *testing.T) {
		if r := route(t, a, "/huge"); r.URLsSampled != 1 {
			t.Errorf("huge: %+v", r.Evidence.Pages)
		}
	})
	t.Run("schema and secrets", func(t *testing.T) {
		data, err := rendermap.Encode(a)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), secret) {
			t.Error("secret leaked into the audit")
		}
		if !strings.Contains(string(data), `"set-cookie": "[redacted] names=sid"`) {
			t.Error("set-cookie not redacted to names")
		}
	})
}

func TestMeasureWithoutBrowser(t *testing.T) {
	srv := testSite(t)
	a := auditFor(srv.URL, map[string][]string{"/account": {"/account"}})
	if err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1}); err != nil {
		t.Fatal(err)
	}
	r := a.Routes[0]
	if len(a.Warnings) != 1 || r.Current.Strategy != rendermap.SSR || r.Volatility.Rechecked != 0 {
		t.Errorf("warnings %v, current %+v, volatility %+v", a.Warnings, r.Current, r.Volatility)
	}
	if !slices.Contains(r.Personalized.Signals, "vary: cookie") {
		t.Errorf("signals = %v", r.Personalized.Signals)
	}
}

func TestMeasureCancelled(t *testing.T) {
	srv := testSite(t)
	a := auditFor(srv.URL, map[string][]string{"/static/[slug]": {"/static/a"}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Measure(ctx, a, Options{Samples: 1}); err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

// sleeper answers after 150 ms, like the accuracy target in the brief.
func sleeper(t *testing.T) *httptest.Server { return sleeperB(t) }

func sleeperB(t testing.TB) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(150 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>slow page</p></body></html>"))
	}))
	t.Cleanup(srv.Close)
	return srv
}

func measureSleeper(t testing.TB, srv *httptest.Server) rendermap.Route {
	a := auditFor(srv.URL, map[string][]string{"/[x]": {"/a", "/b", "/c"}})
	if err := Measure(context.Background(), a, Options{Recheck: -1}); err != nil {
		t.Fatal(err)
	}
	return a.Routes[0]
}

// TestServerMSAccuracy checks that server_ms recovers a known 150 ms server
// delay. The machine is shared, so a run disturbed by other processes (the
// test server wakes late) is retried up to twice; every run is logged.
func TestServerMSAccuracy(t *testing.T) {
	srv := sleeper(t)
	var r rendermap.Route
	for attempt := 1; attempt <= 3; attempt++ {
		r = measureSleeper(t, srv)
		t.Logf("attempt %d: server_ms p50 %.3f, ttfb_ms p50 %.3f", attempt, r.Server.P50, r.TTFB.P50)
		if math.Abs(r.Server.P50-150) <= 5 {
			break
		}
	}
	if r.Server.N != 15 || math.Abs(r.Server.P50-150) > 5 {
		t.Errorf("server_ms = %+v, want n=15 and p50 within 5 ms of 150", r.Server)
	}
	if r.TTFB.P50 < r.Server.P50 {
		t.Errorf("ttfb p50 %v < server p50 %v", r.TTFB.P50, r.Server.P50)
	}
	if len(r.Server.CI95) != 2 || r.Server.CI95[0] > r.Server.P50 || r.Server.CI95[1] < r.Server.P50 {
		t.Errorf("ci95 = %v around p50 %v", r.Server.CI95, r.Server.P50)
	}
}

// TestLanguageVariant: a shared-cacheable page that says Vary:
// Accept-Language is loaded in another language, and its difference is a
// signal, not personalization.
func TestLanguageVariant(t *testing.T) {
	srv := testSite(t)
	a := auditFor(srv.URL, map[string][]string{"/hello": {"/hello"}})
	if err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1, Browser: &testkit.FakeBrowser{Fetch: true}, Concurrency: 1}); err != nil {
		t.Fatal(err)
	}
	p := a.Routes[0].Personalized
	if p.Personalized || !strings.Contains(strings.Join(p.Signals, " "), "content varies by Accept-Language") {
		t.Errorf("personalized=%v signals %q, want a language signal and no personalization", p.Personalized, p.Signals)
	}
}

func TestRenderCount(t *testing.T) {
	srv := testSite(t)
	cases := []struct {
		name  string
		paths []string
		want  int
	}{
		// The first URL: A and B; equal loads need no A2, and a shared-cacheable
		// page without Vary: Accept-Language needs no language variant. The
		// second is shared-cacheable with no data requests: A alone.
		{"static pages need no second A load", []string{"/static/a", "/static/b"}, 3},
		// A, B, language variant, then A2 because B differs.
		{"personalized page is loaded again in A", []string{"/account"}, 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fb := &testkit.FakeBrowser{Fetch: true}
			a := auditFor(srv.URL, map[string][]string{"/x": tc.paths})
			if err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1, Browser: fb, Concurrency: 1}); err != nil {
				t.Fatal(err)
			}
			if got := fb.RenderCount(); got != tc.want {
				t.Errorf("renders = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestMeasureCDN(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := n.Add(1)
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Cache-Control", "public, s-maxage=600")
		if i == 1 {
			w.Header().Set("Cf-Cache-Status", "MISS")
			time.Sleep(30 * time.Millisecond)
		} else {
			w.Header().Set("Cf-Cache-Status", "HIT")
			w.Header().Set("Age", strconv.Itoa(int(i)))
		}
		w.Write([]byte("<p>cached</p>"))
	}))
	defer srv.Close()
	a := auditFor(srv.URL, map[string][]string{"/": {"/"}})
	if err := Measure(context.Background(), a, Options{Samples: 3, Recheck: -1}); err != nil {
		t.Fatal(err)
	}
	r := a.Routes[0]
	if r.CDN.Provider != "cloudflare" || r.CDN.Statuses[httpcache.StatusMiss] != 1 || r.CDN.Statuses[httpcache.StatusHit] != 3 {
		t.Errorf("cdn = %+v", r.CDN)
	}
	if r.CDN.EdgeTTFB == nil || r.CDN.EdgeTTFB.N != 3 || r.CDN.OriginTTFB != nil {
		t.Errorf("edge %+v origin %+v; want 3 edge samples (the warm-up miss is discarded)", r.CDN.EdgeTTFB, r.CDN.OriginTTFB)
	}
	if !slices.Contains(testkit.NoteCodes(r.Cache), "age-grows") || r.Current.Strategy != rendermap.ISR || r.Current.RevalidateSeconds != 600 {
		t.Errorf("notes %v, current %+v", testkit.NoteCodes(r.Cache), r.Current)
	}
}

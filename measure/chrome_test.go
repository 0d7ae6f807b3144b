package measure

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/chrome"
)

const chromiumBin = "/usr/bin/chromium"

var (
	realOnce    sync.Once
	realBrowser *chrome.Browser
	realErr     error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if realBrowser != nil {
		_ = realBrowser.Close()
	}
	os.Exit(code)
}

// sharedChrome launches one Chromium for the test binary, on first use.
func sharedChrome(t *testing.T) *chrome.Browser {
	t.Helper()
	if _, err := os.Stat(chromiumBin); err != nil {
		t.Skip("no Chromium at " + chromiumBin)
	}
	realOnce.Do(func() {
		realBrowser, realErr = chrome.Launch(context.Background(), chrome.Options{Bin: chromiumBin, Timeout: 20 * time.Second})
	})
	if realErr != nil {
		t.Fatal(fmt.Errorf("launch chromium: %w", realErr))
	}
	return realBrowser
}

func TestMeasureRealBrowser(t *testing.T) {
	b := sharedChrome(t)
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

package measure

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestBrokenRouteCostsOneTimeout: a URL whose render broke during discovery
// is not loaded again, and a pattern stops after two of its pages timed out.
func TestBrokenRouteCostsOneTimeout(t *testing.T) {
	srv := testSite(t)
	a := auditFor(srv.URL, map[string][]string{
		"/slow/[n]":   {"/slow?1", "/slow?2", "/slow?3", "/slow?4"},
		"/static/[x]": {"/static/a"},
	})
	for i := range a.Routes {
		if a.Routes[i].Pattern == "/static/[x]" {
			a.Routes[i].Sample[0].Broken = "render timed out or crashed during discovery: context deadline exceeded"
		}
	}
	err := Measure(context.Background(), a, Options{Samples: 1, Recheck: -1, Concurrency: 1, PageTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var timedOut, skipped int
	for _, r := range a.Routes {
		for _, p := range r.Evidence.Pages {
			switch {
			case strings.HasPrefix(p.Error, "skipped: 2 pages of this pattern"):
				skipped++
				if len(p.TTFBMS) != 0 {
					t.Errorf("%s was fetched although its pattern gave up", p.URL)
				}
			case strings.HasPrefix(p.Error, "skipped: render timed out or crashed during discovery"):
				if len(p.TTFBMS) != 0 {
					t.Errorf("%s was fetched although discovery saw it break", p.URL)
				}
			case p.Error != "":
				timedOut++
			}
		}
	}
	if timedOut != 2 || skipped != 2 {
		t.Errorf("%d timed out and %d skipped, want 2 and 2", timedOut, skipped)
	}
}

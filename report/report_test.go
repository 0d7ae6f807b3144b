package report

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestNames(t *testing.T) {
	want := []string{"html", "json", "junit", "markdown", "table"}
	if got := Names(); !slices.Equal(got, want) {
		t.Errorf("Names() = %v, want %v", got, want)
	}
}

func TestLookup(t *testing.T) {
	for _, name := range Names() {
		t.Run(name, func(t *testing.T) {
			if r, err := Lookup(name); err != nil || r == nil {
				t.Errorf("Lookup(%q) = %v, %v", name, r, err)
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		_, err := Lookup("x")
		want := `unknown format "x" (valid: html, json, junit, markdown, table)`
		if err == nil || err.Error() != want {
			t.Errorf("Lookup(x) error = %v, want %q", err, want)
		}
	})
}

func TestWrite_Errors(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, "yaml", testkit.SampleAudit(t), Options{}); err == nil || !strings.Contains(err.Error(), "valid: html") {
		t.Errorf("unknown format: err = %v", err)
	}
	if err := Write(&buf, "table", nil, Options{}); err == nil {
		t.Error("nil audit: want an error")
	}
	if buf.Len() != 0 {
		t.Errorf("failed writes wrote %d bytes", buf.Len())
	}
}

// TestReporters_Sparse renders audits that lack parts (as one straight from
// measure would) in every format: nothing may panic or fail.
func TestReporters_Sparse(t *testing.T) {
	cases := map[string]func(a *rendermap.Audit){
		"no routes": func(a *rendermap.Audit) { a.Routes = nil; a.Warnings = nil },
		"no model":  func(a *rendermap.Audit) { a.Model = nil },
		"no alternatives": func(a *rendermap.Audit) {
			eachRoute(a, func(r *rendermap.Route) { r.Alternatives, r.BreakEven, r.Inputs = nil, nil, nil })
		},
		"no evidence": func(a *rendermap.Audit) {
			eachRoute(a, func(r *rendermap.Route) { r.Evidence = rendermap.Evidence{Cache: rendermap.Cache{Verdict: "unknown"}} })
		},
		"no recommendation": func(a *rendermap.Audit) {
			eachRoute(a, func(r *rendermap.Route) {
				r.Recommendation = rendermap.Recommendation{}
				r.Current = rendermap.Current{}
			})
		},
		"incomplete": func(a *rendermap.Audit) { a.Complete, a.IncompleteReason = false, "interrupted" },
		"zero costs": func(a *rendermap.Audit) { eachRoute(a, func(r *rendermap.Route) { zeroCosts(r) }) },
		"one sample": func(a *rendermap.Audit) {
			eachRoute(a, func(r *rendermap.Route) { r.TTFB.Samples = []float64{5}; r.Evidence.Pages = nil })
		},
		"equal samples": func(a *rendermap.Audit) {
			eachRoute(a, func(r *rendermap.Route) { r.TTFB.Samples = []float64{7, 7, 7} })
		},
	}
	for _, name := range sortedKeys(cases) {
		t.Run(name, func(t *testing.T) {
			a := testkit.SampleAudit(t)
			cases[name](a)
			for _, format := range Names() {
				if format == "json" && name == "no recommendation" {
					continue // the schema requires reasons; JSON is tested against it separately
				}
				out := renderString(t, format, a, Options{})
				if len(out) == 0 {
					t.Errorf("%s: empty output", format)
				}
			}
		})
	}
}

func eachRoute(a *rendermap.Audit, f func(r *rendermap.Route)) {
	for i := range a.Routes {
		f(&a.Routes[i])
	}
}

func zeroCosts(r *rendermap.Route) {
	for i := range r.Alternatives {
		r.Alternatives[i].Cost = rendermap.Cost{}
	}
}

// TestReporters_BadNumbers: non-finite figures are an error, never a panic.
func TestReporters_BadNumbers(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.Routes[0].TTFB.P50 = math.NaN()
	for _, format := range Names() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			err := Write(&buf, format, a, Options{})
			if err == nil {
				t.Fatal("want an error for a NaN figure")
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %d bytes despite the error", buf.Len())
			}
		})
	}
}

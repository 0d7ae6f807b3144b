package advise

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// demoTruth is the expected strategy per demo pattern, from fixtures/truth.json.
func demoTruth(t *testing.T) map[string]rendermap.Strategy {
	t.Helper()
	truth, err := fixtures.Truth()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]rendermap.Strategy{}
	for _, e := range truth {
		out[e.Pattern] = rendermap.Strategy(e.Strategy)
	}
	return out
}

func TestAdvise_DemoSite(t *testing.T) {
	a := demoAudit()
	if err := Advise(a, Facts{}); err != nil {
		t.Fatal(err)
	}
	got := map[string]rendermap.Strategy{}
	for _, r := range a.Routes {
		got[r.Pattern] = r.Recommendation.Strategy
	}
	if diff := cmp.Diff(demoTruth(t), got); diff != "" {
		t.Errorf("strategies (-want +got):\n%s", diff)
	}
	if _, err := rendermap.Encode(a); err != nil {
		t.Errorf("advised audit does not validate: %v", err)
	}
}

// TestAdvise_DemoSiteWithoutCurrent: the model decides every truth row,
// not how the route is served today.
func TestAdvise_DemoSiteWithoutCurrent(t *testing.T) {
	a := demoAudit()
	for i := range a.Routes {
		a.Routes[i].Current = rendermap.Current{}
	}
	if err := Advise(a, Facts{}); err != nil {
		t.Fatal(err)
	}
	want := demoTruth(t)
	for _, r := range a.Routes {
		if r.Recommendation.Strategy != want[r.Pattern] {
			t.Errorf("%s: got %s, want %s", r.Pattern, r.Recommendation.Strategy, want[r.Pattern])
		}
	}
}

func TestAdvise_Golden(t *testing.T) {
	a := demoAudit()
	if err := Advise(a, Facts{PricePerComputeSecond: 0.00002}); err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, filepath.Join("testdata", "demo.golden"), summarize(a))
}

func summarize(a *rendermap.Audit) []byte {
	var b bytes.Buffer
	for _, r := range a.Routes {
		rec := r.Recommendation
		fmt.Fprintf(&b, "%s: %s revalidate=%d confidence=%s island=%v\n", r.Pattern, rec.Strategy, rec.RevalidateSeconds, rec.Confidence, rec.ClientIsland)
		for _, s := range rec.Reasons {
			fmt.Fprintf(&b, "  reason: %s\n", s)
		}
		for _, al := range r.Alternatives {
			fmt.Fprintf(&b, "  not %s (%.4g compute-s/day, worst stale %.4g s): %s\n", al.Strategy, al.Cost.ComputeSecondsPerDay, al.Cost.StalenessWorstS, al.WhyNot)
		}
		for _, be := range r.BreakEven {
			fmt.Fprintf(&b, "  break-even %s=%.4g: %s\n", be.Variable, be.Value, be.Message)
		}
	}
	for _, s := range a.Model.Assumptions {
		fmt.Fprintf(&b, "assume: %s\n", s)
	}
	fmt.Fprintf(&b, "site: %s\n", a.Model.Verdict)
	fmt.Fprintf(&b, "site compute: %.4g s/day, money %.4g/day\n", a.Model.ComputeSecondsPerDay, a.Model.MoneyPerDay)
	return b.Bytes()
}

func TestAdvise_Deterministic(t *testing.T) {
	a, b := demoAudit(), demoAudit()
	if err := Advise(a, Facts{}); err != nil {
		t.Fatal(err)
	}
	if err := Advise(b, Facts{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, b); diff != "" {
		t.Errorf("two runs differ:\n%s", diff)
	}
}

func TestAdvise_BadEvidence(t *testing.T) {
	nan := math.NaN()
	tests := []struct {
		name string
		r    rendermap.Route
		conf string
	}{
		{"empty route", rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/x", PagesSource: "discovery"}}, "low"},
		{"failed urls", rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/y", Pages: 5, PagesSource: "sitemap", InSitemap: true},
			Evidence: rendermap.Evidence{Pages: []rendermap.PageResult{{URL: "http://h/y/1", Error: "timeout"}}}}, "low"},
		{"nan evidence", rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/z", Pages: -3, PagesSource: "urls"}, Evidence: rendermap.Evidence{
			Server: rendermap.Stats{N: 3, P50: nan, CI95: []float64{nan, math.Inf(1)}}, TTFB: rendermap.Stats{N: 3, P50: math.Inf(1)},
			Volatility: rendermap.Volatility{Source: "recheck", ChangesPerDay: nan, Rechecked: 2, ChangedOnRecheck: 5}}}, "low"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &rendermap.Audit{Schema: rendermap.SchemaVersion, Site: rendermap.Site{Origin: "http://h"}, Complete: true,
				Routes: []rendermap.Route{tt.r}, Warnings: []rendermap.Warning{}}
			if err := Advise(a, Facts{}); err != nil {
				t.Fatal(err)
			}
			rec := a.Routes[0].Recommendation
			if rec.Confidence != tt.conf || len(rec.Reasons) == 0 || !strings.Contains(strings.Join(rec.Reasons, " "), "no URL of this pattern was measured") {
				t.Errorf("confidence %q reasons %q", rec.Confidence, rec.Reasons)
			}
			r := a.Routes[0]
			if _, err := json.Marshal([]any{r.Inputs, r.Recommendation, r.Alternatives, r.BreakEven, a.Model}); err != nil {
				t.Errorf("model output not encodable: %v", err)
			}
		})
	}
}

func TestAdvise_EmptyAndNil(t *testing.T) {
	if err := Advise(nil, Facts{}); err == nil {
		t.Error("nil audit: want error")
	}
	a := &rendermap.Audit{}
	if err := Advise(a, Facts{}); err != nil {
		t.Fatal(err)
	}
	if a.Model == nil || len(a.Model.Assumptions) != 0 || a.Model.StaticCandidatePages != 0 {
		t.Errorf("empty audit model = %+v", a.Model)
	}
}

func TestAdvise_SourcesAndAssumptions(t *testing.T) {
	tr, err := ParseTraffic(strings.NewReader("/products/1,300\n/products/2,100\n/search?q=a,10\n/search?q=b,10\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := demoAudit()
	f := Facts{Traffic: tr, BuildWorkers: 8, BuildOverheadSeconds: 30, MaxDeploysPerDay: 48,
		FreshnessBudget: 30 * time.Minute, PatternVisits: map[string]float64{"/": 1000}}
	if err := Advise(a, f); err != nil {
		t.Fatal(err)
	}
	byPattern := map[string]*rendermap.Route{}
	for i := range a.Routes {
		byPattern[a.Routes[i].Pattern] = &a.Routes[i]
	}
	checks := []struct {
		name  string
		got   rendermap.Input
		value float64
		src   string
	}{
		{"products visits from logs", byPattern["/products/[id]"].Inputs.VisitsPerDay, 400, "logs"},
		{"search distinct urls from logs", byPattern["/search"].Inputs.Pages, 2, "logs"},
		{"visits override", byPattern["/"].Inputs.VisitsPerDay, 1000, "config"},
		{"workers", byPattern["/"].Inputs.BuildWorkers, 8, "config"},
		{"budget", byPattern["/category/[slug]"].Inputs.FreshnessBudgetSec, 1800, "config"},
		{"pages from sitemap", byPattern["/products/[id]"].Inputs.Pages, 2000, "sitemap"},
		{"change rate from recheck", byPattern["/products/[id]"].Inputs.ChangesPerDay, 5760, "measured"},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if !near(c.got.Value, c.value) || c.got.Source != c.src {
				t.Errorf("got %+v, want %v from %s", c.got, c.value, c.src)
			}
		})
	}
	joined := strings.Join(a.Model.Assumptions, "\n")
	for _, absent := range []string{"views per day", "parallel", "fixed overhead", "deploys per day", "stale unless"} {
		if strings.Contains(joined, absent) {
			t.Errorf("assumption %q listed although configured:\n%s", absent, joined)
		}
	}
}

func TestAdvise_IslandIsNotSSR(t *testing.T) {
	a := demoAudit()
	r := routeOf(a, "/blog/[slug]")
	r.Personalized = rendermap.Personalization{Personalized: true, DiffFraction: 0.05, Where: []string{"header .greeting"}}
	r.Current = rendermap.Current{Strategy: rendermap.SSR}
	if err := Advise(a, Facts{}); err != nil {
		t.Fatal(err)
	}
	rec := r.Recommendation
	if (rec.Strategy != rendermap.Static && rec.Strategy != rendermap.ISR) || !rec.ClientIsland {
		t.Errorf("island page got %s island=%v", rec.Strategy, rec.ClientIsland)
	}
}

// TestAdvise_SiteIntervalKept: a site's own isr interval that fits the
// budget is kept, also when the budget is that interval (plus one render).
func TestAdvise_SiteIntervalKept(t *testing.T) {
	a := demoAudit()
	if err := Advise(a, Facts{}); err != nil {
		t.Fatal(err)
	}
	cat, look := routeOf(a, "/category/[slug]"), routeOf(a, "/lookbook")
	if b := cat.Inputs.FreshnessBudgetSec; b.Source != "measured" || !near(b.Value, 300.03) || cat.Recommendation.RevalidateSeconds != 300 {
		t.Errorf("category budget %+v revalidate %d, want the site's 300 s", b, cat.Recommendation.RevalidateSeconds)
	}
	if look.Recommendation.RevalidateSeconds != 5 {
		t.Errorf("lookbook revalidate %d, want the site's 5 s", look.Recommendation.RevalidateSeconds)
	}
	// Only routes recommended static wait for a build: their budget (1 h)
	// bounds it, not the isr category's 5 min.
	if a.Model.TightestBudgetSeconds != 3600 || a.Model.StaticCandidatePages != 2143 {
		t.Errorf("model tightest budget %v, candidates %d", a.Model.TightestBudgetSeconds, a.Model.StaticCandidatePages)
	}
}

func routeOf(a *rendermap.Audit, pattern string) *rendermap.Route {
	for i := range a.Routes {
		if a.Routes[i].Pattern == pattern {
			return &a.Routes[i]
		}
	}
	panic("no route " + pattern)
}

func BenchmarkAdvise(b *testing.B) {
	for b.Loop() {
		if err := Advise(demoAudit(), Facts{}); err != nil {
			b.Fatal(err)
		}
	}
}

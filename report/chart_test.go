package report

import (
	"math"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestSiteBuildCurve(t *testing.T) {
	t.Run("from advise's curve", func(t *testing.T) {
		a := testkit.SampleAudit(t)
		c, ok := siteBuildCurve(a)
		if !ok || len(c.Points) != len(a.Model.Curve) {
			t.Fatalf("ok=%v points=%d", ok, len(c.Points))
		}
		if c.Pages != 2176 || math.Abs(c.Seconds-a.Model.StaticBuildSeconds) > 1e-9 {
			t.Errorf("this site = %v pages, %v s", c.Pages, c.Seconds)
		}
		// The budget is that of the routes recommended static (10 min on /),
		// not the model's tightest (/news, 30 s, recommended isr).
		if c.Budget != 600 || c.BudgetRoute != "/" {
			t.Errorf("budget = %v s on %q, want 600 s on /", c.Budget, c.BudgetRoute)
		}
		if want := (600 - 45) / (0.031 / 4); math.Abs(c.MaxPages-want) > 1 {
			t.Errorf("crossover = %.0f pages, want %.0f", c.MaxPages, want)
		}
	})
	t.Run("no route recommended static", func(t *testing.T) {
		a := testkit.SampleAudit(t)
		eachRoute(a, func(r *rendermap.Route) {
			if r.Recommendation.Strategy == rendermap.Static {
				r.Recommendation.Strategy = rendermap.SSR
			}
		})
		c, _ := siteBuildCurve(a)
		if c.Budget != 0 || c.MaxPages != 0 {
			t.Errorf("budget %v, crossover %v; want none", c.Budget, c.MaxPages)
		}
	})
	t.Run("budget below the build overhead", func(t *testing.T) {
		a := testkit.SampleAudit(t)
		a.Routes[0].Inputs.FreshnessBudgetSec.Value = 30
		c, _ := siteBuildCurve(a)
		if c.Budget != 30 || c.BudgetRoute != "/" || c.MaxPages != 0 {
			t.Errorf("budget %v on %q, crossover %v; want 30 s on / and no page fitting", c.Budget, c.BudgetRoute, c.MaxPages)
		}
	})
	t.Run("linear fallback", func(t *testing.T) {
		a := testkit.SampleAudit(t)
		a.Model = &rendermap.ModelSummary{StaticBuildSeconds: 145, TightestBudgetSeconds: 600, BuildOverheadSeconds: 45}
		eachRoute(a, func(r *rendermap.Route) { r.Inputs = nil }) // every static route takes the model's budget
		c, ok := siteBuildCurve(a)
		if !ok {
			t.Fatal("no curve")
		}
		// slope = (145-45)/2140 pages; the budget is reached at (600-45)/slope.
		want := (600 - 45) / (100.0 / float64(totalPages(a)))
		if c.Budget != 600 {
			t.Fatalf("budget = %v, want the model's 600 s", c.Budget)
		}
		if math.Abs(c.MaxPages-want)/want > 0.01 {
			t.Errorf("crossover = %.0f pages, want %.0f", c.MaxPages, want)
		}
		if last := c.Points[len(c.Points)-1].X; last < 1e6 {
			t.Errorf("curve ends at %v pages, want ≥ 1,000,000", last)
		}
	})
	t.Run("no figures", func(t *testing.T) {
		a := testkit.SampleAudit(t)
		a.Model = &rendermap.ModelSummary{StaticBuildSeconds: math.NaN()}
		if _, ok := siteBuildCurve(a); ok {
			t.Error("want no curve for NaN figures")
		}
	})
}

func TestCostFloor(t *testing.T) {
	cases := []struct {
		name  string
		costs []float64
		want  float64
		ok    bool
	}{
		{"mixed", []float64{0.036, 5.5, 80000}, 0.01, true},
		{"zeros", []float64{0, 0}, 0.01, true},
		{"big", []float64{640, 1.8e6}, 100, true},
		{"none", nil, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var sc []strategyCost
			for _, v := range tc.costs {
				sc = append(sc, strategyCost{Known: true, Cost: rendermap.Cost{ComputeSecondsPerDay: v}})
			}
			got, ok := costFloor(sc)
			if ok != tc.ok || math.Abs(got-tc.want) > 1e-12 {
				t.Errorf("costFloor = %v, %v; want %v, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestIntTicks(t *testing.T) {
	cases := []struct {
		lo, hi float64
		want   string
	}{
		{0, 10, "0 2 4 6 8 10"},
		{0, 1, "0 1"},
		{0, 3.45, "0 1 2 3"},
		{0, 23, "0 5 10 15 20"},
		{0, 2000, "0 500 1,000 1,500 2,000"},
	}
	for _, tc := range cases {
		var got []string
		for _, tk := range (intTicks{}).Ticks(tc.lo, tc.hi) {
			if tk.Value != math.Round(tk.Value) {
				t.Errorf("%v..%v: tick at %v is not a whole number", tc.lo, tc.hi, tk.Value)
			}
			got = append(got, tk.Label)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%v..%v: ticks %q, want %q", tc.lo, tc.hi, got, tc.want)
		}
	}
}

func TestLogTicksKeepTheirRoom(t *testing.T) {
	if n := len(powerTicks{label: countLabel}.Ticks(1e-3, 1e9)); n > 8 || n < 4 {
		t.Errorf("%d ticks over 12 decades, want 4 to 8", n)
	}
	ticks := (durationTicks{}).Ticks(1, 3e7)
	if len(ticks) < 4 {
		t.Fatalf("%d duration ticks over a year", len(ticks))
	}
	for i := 1; i < len(ticks); i++ {
		if gap := math.Log10(ticks[i].Value / ticks[i-1].Value); gap < math.Log10(3e7)/10 {
			t.Errorf("%s and %s are %.2f decades apart, under a tenth of the axis", ticks[i-1].Label, ticks[i].Label, gap)
		}
	}
}

func TestRoundTicks(t *testing.T) {
	cases := []struct {
		lo, hi float64
		want   string
	}{
		{20.1, 39.4, "25 30 35"},
		{0.3, 8.1, "2 4 6 8"},
		{0.31, 0.97, "0.4 0.6 0.8"},
		{12, 480, "100 200 300 400"},
	}
	for _, tc := range cases {
		var got []string
		for _, tk := range (roundTicks{}).Ticks(tc.lo, tc.hi) {
			got = append(got, tk.Label)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%v..%v: ticks %q, want %q", tc.lo, tc.hi, got, tc.want)
		}
	}
}

package report

import (
	"math"
	"testing"

	"github.com/rendermap/rendermap"
)

func TestSiteBuildCurve(t *testing.T) {
	t.Run("from advise's curve", func(t *testing.T) {
		a := loadAudit(t)
		c, ok := siteBuildCurve(a)
		if !ok || len(c.Points) != len(a.Model.Curve) {
			t.Fatalf("ok=%v points=%d", ok, len(c.Points))
		}
		if c.Pages != 2136 || math.Abs(c.Seconds-a.Model.StaticBuildSeconds) > 1e-9 || c.MaxPages != a.Model.MaxPagesWithinBudget {
			t.Errorf("this site = %v pages, %v s, max %v", c.Pages, c.Seconds, c.MaxPages)
		}
	})
	t.Run("linear fallback", func(t *testing.T) {
		a := loadAudit(t)
		a.Model = &rendermap.ModelSummary{StaticBuildSeconds: 145, TightestBudgetSeconds: 600, BuildOverheadSeconds: 45}
		c, ok := siteBuildCurve(a)
		if !ok {
			t.Fatal("no curve")
		}
		// slope = (145-45)/2140 pages; the budget is reached at (600-45)/slope.
		want := (600 - 45) / (100.0 / float64(totalPages(a)))
		if math.Abs(c.MaxPages-want)/want > 0.01 {
			t.Errorf("crossover = %.0f pages, want %.0f", c.MaxPages, want)
		}
		if last := c.Points[len(c.Points)-1].X; last < 1e6 {
			t.Errorf("curve ends at %v pages, want ≥ 1,000,000", last)
		}
	})
	t.Run("no figures", func(t *testing.T) {
		a := loadAudit(t)
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

package measure

import (
	"math"
	"reflect"
	"testing"
)

func TestSummarize(t *testing.T) {
	s := Summarize([]float64{300, 80, 95, 110, 120, 87, math.NaN(), -1})
	if s.N != 6 || s.P50 != 95 || s.P95 != 246 || s.Min != 80 || s.Max != 300 {
		t.Errorf("Summarize = %+v, want n=6 p50=95 p95=246 min=80 max=300", s)
	}
	if len(s.CI95) != 2 || s.CI95[0] > s.P50 || s.CI95[1] < s.P50 || s.CI95[0] < 80 || s.CI95[1] > 300 {
		t.Errorf("CI95 = %v", s.CI95)
	}
	if again := Summarize([]float64{300, 80, 95, 110, 120, 87}); !reflect.DeepEqual(again.CI95, s.CI95) {
		t.Errorf("bootstrap not deterministic: %v vs %v", again.CI95, s.CI95)
	}
	if e := Summarize(nil); e.N != 0 || e.CI95 != nil {
		t.Errorf("empty = %+v", e)
	}
	if one := Summarize([]float64{7}); one.P50 != 7 || one.P95 != 7 || one.CI95 != nil {
		t.Errorf("one = %+v", one)
	}
}

func TestChangeDataEstimate(t *testing.T) {
	t.Run("no change is an upper bound, never zero", func(t *testing.T) {
		// 5 pages watched for 60 s each, nothing changed: λ < −ln 0.05 / 300 s.
		e, ok := ChangeData{Unchanged: 300}.Estimate("recheck", 5)
		want := math.Round(2.995732*86400/300*1000) / 1000
		if !ok || !e.UpperBound || math.Abs(e.ChangesPerDay-want) > 0.01*want || e.CI95[0] != 0 {
			t.Fatalf("got %+v, want an upper bound of %v a day", e, want)
		}
	})
	t.Run("ages alone give n over their sum", func(t *testing.T) {
		day := 86400.0
		e, _ := ChangeData{Ages: []float64{day, 2 * day, 3 * day}}.Estimate("lastmod", 3)
		if math.Abs(e.ChangesPerDay-0.5) > 0.001 || e.UpperBound {
			t.Fatalf("got %+v, want 0.5 a day", e)
		}
		// The likelihood-ratio interval is close to the exact χ² one (0.103–1.204).
		if math.Abs(e.CI95[0]-0.103) > 0.03 || math.Abs(e.CI95[1]-1.204) > 0.1 {
			t.Errorf("interval %v far from the exact 0.103–1.204", e.CI95)
		}
	})
	t.Run("half the gaps changed", func(t *testing.T) {
		// Equal gaps of 60 s, half of them changed: 1 − e^(−60λ) = 1/2, λ = ln 2 / 60 s.
		d := ChangeData{Changed: []float64{60, 60, 60}, Unchanged: 180}
		e, _ := d.Estimate("recheck", 6)
		want := math.Ln2 / 60 * 86400
		if math.Abs(e.ChangesPerDay-want) > 0.01*want {
			t.Fatalf("got %v a day, want %.1f", e.ChangesPerDay, want)
		}
		if e.CI95[0] >= e.ChangesPerDay || e.CI95[1] <= e.ChangesPerDay {
			t.Errorf("interval %v does not contain %v", e.CI95, e.ChangesPerDay)
		}
	})
	t.Run("every gap changed stays finite", func(t *testing.T) {
		e, ok := ChangeData{Changed: []float64{1, 10, 20}}.Estimate("recheck", 3)
		if !ok || math.IsInf(e.ChangesPerDay, 0) || e.ChangesPerDay < 86400/10 {
			t.Fatalf("got %+v, want a large finite rate", e)
		}
	})
	t.Run("more unchanged time lowers the rate", func(t *testing.T) {
		a, _ := ChangeData{Changed: []float64{30}, Unchanged: 60}.Estimate("recheck", 1)
		b, _ := ChangeData{Changed: []float64{30}, Unchanged: 600}.Estimate("recheck", 1)
		if b.ChangesPerDay >= a.ChangesPerDay {
			t.Errorf("600 s unchanged gave %v, 60 s gave %v", b.ChangesPerDay, a.ChangesPerDay)
		}
	})
	if _, ok := (ChangeData{}).Estimate("recheck", 0); ok {
		t.Error("no data should give no estimate")
	}
}

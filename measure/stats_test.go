package measure

import (
	"math"
	"reflect"
	"testing"
	"time"
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

func TestRateFromAges(t *testing.T) {
	day := 24 * time.Hour
	e, ok := RateFromAges("lastmod", []time.Duration{day, 2 * day, 3 * day})
	// MLE n/Σage = 3/6 days; χ²(6) quantiles 1.2373 and 14.4494 over 2·6.
	if !ok || e.ChangesPerDay != 0.5 || math.Abs(e.CI95[0]-0.103) > 0.001 || math.Abs(e.CI95[1]-1.204) > 0.001 || e.N != 3 {
		t.Errorf("RateFromAges = %+v", e)
	}
	if _, ok := RateFromAges("lastmod", nil); ok {
		t.Error("no ages should give no estimate")
	}
	if e, _ := RateFromAges("last-modified", []time.Duration{0}); e.ChangesPerDay != 86400 {
		t.Errorf("zero age floors at one second: %+v", e)
	}
}

func TestRateFromRechecks(t *testing.T) {
	cases := []struct {
		name     string
		k, n     int
		interval time.Duration
		want     float64
		ok       bool
	}{
		// −ln(1−1/2)/(1 h) = ln 2 · 24 per day.
		{"half changed in an hour", 1, 2, time.Hour, math.Round(math.Ln2*24*1000) / 1000, true},
		{"none changed", 0, 5, time.Hour, 0, true},
		// all changed: lower-bound estimate with k−0.5: −ln(1−0.75)/(1/1440 day).
		{"all changed", 4, 4, time.Minute, math.Round(-math.Log(0.125)*1440*1000) / 1000, true},
		{"nothing rechecked", 0, 0, time.Hour, 0, false},
		{"bad counts", 3, 2, time.Hour, 0, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e, ok := RateFromRechecks(tc.k, tc.n, tc.interval)
			if ok != tc.ok || (ok && math.Abs(e.ChangesPerDay-tc.want) > 1e-3*tc.want) {
				t.Fatalf("got %+v %v, want %v %v", e, ok, tc.want, tc.ok)
			}
			if ok && (e.CI95[0] > e.ChangesPerDay || e.CI95[1] < e.ChangesPerDay) {
				t.Errorf("interval %v does not contain %v", e.CI95, e.ChangesPerDay)
			}
		})
	}
}

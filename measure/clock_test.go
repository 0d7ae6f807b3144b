package measure

import (
	"testing"
	"time"
)

// timeline builds observations of one page at the given seconds with the
// given texts.
func timeline(base time.Time, at []float64, texts ...string) []gap {
	var obs []observation
	for i, s := range at {
		obs = append(obs, observation{at: base.Add(time.Duration(s * float64(time.Second))), text: texts[i]})
	}
	return gapsOf(obs)
}

func TestClockOf(t *testing.T) {
	b := time.Date(2026, 11, 28, 8, 0, 0, 0, time.UTC)
	cases := []struct {
		name    string
		perPage [][]gap
		want    string
	}{
		{"two pages change across the same minute", [][]gap{
			timeline(b, []float64{50, 55, 65}, "a", "a", "b"),
			timeline(b, []float64{52, 58, 70}, "x", "x", "y"),
		}, "shared"},
		{"one page changes while the other is seen unchanged", [][]gap{
			timeline(b, []float64{0, 10, 20}, "a", "b", "b"),
			timeline(b, []float64{0, 30, 40}, "x", "x", "y"),
		}, "independent"},
		{"a single changed page cannot tell", [][]gap{
			timeline(b, []float64{0, 10}, "a", "b"),
			timeline(b, []float64{0, 10}, "x", "x"),
		}, ""},
		{"nothing changed", [][]gap{timeline(b, []float64{0, 10}, "a", "a")}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := clockOf(tc.perPage, nil); got != tc.want {
				t.Errorf("clockOf = %q, want %q", got, tc.want)
			}
		})
	}
	same := []time.Time{b, b, b}
	if got := clockOf(nil, same); got != "shared" {
		t.Errorf("identical lastmods: %q, want shared", got)
	}
	if got := clockOf(nil, []time.Time{b, b.Add(time.Hour)}); got != "" {
		t.Errorf("different lastmods: %q, want unknown", got)
	}
}

func TestGapsOfTokenChurn(t *testing.T) {
	b := time.Now()
	obs := []observation{
		newObservation(b, "Price 12", []byte("<p>Price 12</p><i>nonce a1</i>")),
		newObservation(b.Add(time.Second), "Price 12", []byte("<p>Price 12</p><i>nonce b2</i>")),
		newObservation(b.Add(2*time.Second), "Price 13", []byte("<p>Price 13</p><i>nonce b2</i>")),
	}
	gs := gapsOf(obs)
	if len(gs) != 2 || gs[0].changed || !gs[0].churn || !gs[1].changed || gs[1].churn {
		t.Fatalf("gaps = %+v, want churn then a change", gs)
	}
}

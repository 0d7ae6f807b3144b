package crawl

import (
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func candidates(n int, lastmod func(i int) time.Time) []Candidate {
	out := make([]Candidate, n)
	for i := range out {
		out[i] = Candidate{URL: fmt.Sprintf("http://a/p/%03d", i), Lastmod: lastmod(i)}
	}
	return out
}

func TestSampleReproducible(t *testing.T) {
	cands := candidates(100, func(int) time.Time { return time.Time{} })
	a := Sample("/p/[id]", cands, 5, 1)
	b := Sample("/p/[id]", cands, 5, 1)
	c := Sample("/p/[id]", cands, 5, 2)
	if len(a) != 5 || !cmp.Equal(a, b) {
		t.Fatalf("same seed gave %v and %v", a, b)
	}
	if cmp.Equal(a, c) {
		t.Errorf("seeds 1 and 2 gave the same sample %v", a)
	}
	reversed := make([]Candidate, len(cands))
	for i, x := range cands {
		reversed[len(cands)-1-i] = x
	}
	if d := Sample("/p/[id]", reversed, 5, 1); !cmp.Equal(a, d) {
		t.Errorf("input order changed the sample: %v vs %v", a, d)
	}
}

func TestSampleStratified(t *testing.T) {
	now := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	// 95 old pages and 5 fresh ones: a stratified sample of 4 includes fresh ones.
	cands := candidates(100, func(i int) time.Time {
		if i < 5 {
			return now.Add(-time.Hour)
		}
		return now.AddDate(-2, 0, 0)
	})
	cands = append(cands, Candidate{URL: "http://a/p/x/deeper"})
	fresh, deep := 0, 0
	for _, s := range Sample("/p/[...rest]", cands, 4, 9) {
		if s.Lastmod == now.Add(-time.Hour).Format(time.RFC3339) {
			fresh++
		}
		if s.URL == "http://a/p/x/deeper" {
			deep++
		}
	}
	if fresh == 0 || deep != 1 {
		t.Errorf("fresh=%d deep=%d, want each stratum represented", fresh, deep)
	}
}

func TestSampleSmall(t *testing.T) {
	if got := Sample("/a", candidates(2, func(int) time.Time { return time.Time{} }), 5, 0); len(got) != 2 {
		t.Errorf("sample of 2 candidates has %d", len(got))
	}
	if got := Sample("/a", nil, 5, 0); got == nil || len(got) != 0 {
		t.Errorf("empty sample = %#v, want empty non-nil", got)
	}
}

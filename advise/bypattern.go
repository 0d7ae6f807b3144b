package advise

import (
	"slices"

	"github.com/rendermap/rendermap"
)

// ByPattern returns page views per day for each pattern. Each path counts
// for its most specific matching pattern (see [rendermap.Matcher]): a
// literal segment beats a parameter, which beats a catch-all. Paths
// matching no pattern are ignored.
func (t *Traffic) ByPattern(patterns []string) map[string]float64 {
	out := make(map[string]float64, len(patterns))
	for _, p := range patterns {
		out[p] = 0
	}
	m := newMatcher(patterns)
	for path, hits := range t.Hits {
		if p, ok := m.Match(path); ok {
			out[p] += hits / t.days()
		}
	}
	return out
}

// URLsByPattern counts distinct URLs (query included) seen per pattern.
func (t *Traffic) URLsByPattern(patterns []string) map[string]int {
	out := make(map[string]int, len(patterns))
	m := newMatcher(patterns)
	for path := range t.Hits {
		if p, ok := m.Match(path); ok {
			out[p]++
		}
	}
	return out
}

func (t *Traffic) days() float64 {
	if t.Days <= 0 {
		return 1
	}
	return t.Days
}

// newMatcher indexes patterns so that of two with the same shape
// (/a/[x], /a/[y]) the lexically smallest wins: the matcher keeps the last
// one added, so they go in from largest to smallest.
func newMatcher(patterns []string) *rendermap.Matcher {
	sorted := slices.Clone(patterns)
	slices.Sort(sorted)
	slices.Reverse(sorted)
	return rendermap.NewMatcher(sorted)
}

package advise

import (
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

// ByPattern returns page views per day for each pattern. Each path counts
// for its most specific matching pattern: a literal segment beats a
// parameter, which beats a catch-all. Paths matching no pattern are ignored.
func (t *Traffic) ByPattern(patterns []string) map[string]float64 {
	out := make(map[string]float64, len(patterns))
	for _, p := range patterns {
		out[p] = 0
	}
	for path, hits := range t.Hits {
		if p, ok := bestPattern(patterns, path); ok {
			out[p] += hits / t.days()
		}
	}
	return out
}

// URLsByPattern counts distinct URLs (query included) seen per pattern.
func (t *Traffic) URLsByPattern(patterns []string) map[string]int {
	out := make(map[string]int, len(patterns))
	for path := range t.Hits {
		if p, ok := bestPattern(patterns, path); ok {
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

// bestPattern picks the most specific pattern matching path (query ignored);
// ties go to the lexically smallest pattern, so the result is deterministic.
func bestPattern(patterns []string, path string) (string, bool) {
	path, _, _ = strings.Cut(path, "?")
	best, found := "", false
	for _, p := range patterns {
		if !rendermap.MatchPattern(p, path) {
			continue
		}
		if !found || moreSpecific(p, best) {
			best, found = p, true
		}
	}
	return best, found
}

func moreSpecific(a, b string) bool {
	if c := slices.Compare(specificity(a), specificity(b)); c != 0 {
		return c > 0
	}
	return a < b
}

// specificity ranks segments: literal 2, [param] 1, [...rest] 0; a longer
// pattern wins when one is a prefix of the other.
func specificity(pattern string) []int {
	var out []int
	for _, seg := range strings.Split(strings.Trim(pattern, "/"), "/") {
		switch {
		case strings.HasPrefix(seg, "[..."):
			out = append(out, 0)
		case strings.HasPrefix(seg, "[") && strings.HasSuffix(seg, "]"):
			out = append(out, 1)
		default:
			out = append(out, 2)
		}
	}
	return out
}

package advise

import (
	"github.com/rendermap/rendermap"
)

// ByPattern returns page views per day for each pattern. Each path counts
// for its most specific matching pattern (see [rendermap.Pattern.Compare]):
// a literal segment beats a parameter, which beats a catch-all. Paths
// matching no pattern are ignored.
func (t *Traffic) ByPattern(patterns []string) map[string]float64 {
	out := make(map[string]float64, len(patterns))
	for _, p := range patterns {
		out[p] = 0
	}
	ps := parsePatterns(patterns)
	for path, hits := range t.Hits {
		if p, ok := bestPattern(ps, path); ok {
			out[p] += hits / t.days()
		}
	}
	return out
}

// URLsByPattern counts distinct URLs (query included) seen per pattern.
func (t *Traffic) URLsByPattern(patterns []string) map[string]int {
	out := make(map[string]int, len(patterns))
	ps := parsePatterns(patterns)
	for path := range t.Hits {
		if p, ok := bestPattern(ps, path); ok {
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

// parsedPattern is a route pattern as written and as parsed.
type parsedPattern struct {
	text string
	pat  rendermap.Pattern
}

// parsePatterns parses each pattern once; a malformed segment is a literal.
func parsePatterns(patterns []string) []parsedPattern {
	out := make([]parsedPattern, len(patterns))
	for i, s := range patterns {
		p, _ := rendermap.ParsePattern(s)
		out[i] = parsedPattern{s, p}
	}
	return out
}

// bestPattern picks the most specific pattern matching path (query ignored);
// ties go to the lexically smallest pattern, so the result is deterministic.
func bestPattern(patterns []parsedPattern, path string) (string, bool) {
	var best *parsedPattern
	for i, p := range patterns {
		if p.pat.Match(path) && (best == nil || p.moreSpecific(*best)) {
			best = &patterns[i]
		}
	}
	if best == nil {
		return "", false
	}
	return best.text, true
}

// moreSpecific reports whether p is preferred to q.
func (p parsedPattern) moreSpecific(q parsedPattern) bool {
	if c := p.pat.Compare(q.pat); c != 0 {
		return c < 0
	}
	return p.text < q.text
}

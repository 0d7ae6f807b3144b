package crawl

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/rendermap/rendermap"
)

// Candidate is a URL that may be sampled, with its sitemap lastmod if any.
type Candidate struct {
	URL     string
	Lastmod time.Time
}

// ageBounds split lastmod ages (relative to the pattern's newest lastmod,
// so results do not depend on the clock) into strata.
var ageBounds = []time.Duration{24 * time.Hour, 7 * 24 * time.Hour, 30 * 24 * time.Hour, 365 * 24 * time.Hour}

// Sample picks up to n candidates, reproducibly for a given seed and
// pattern: candidates are split into strata by lastmod age bucket and path
// depth, shuffled within each stratum, and taken round-robin across strata.
// The result is sorted by URL.
func Sample(pattern string, cands []Candidate, n int, seed int64) []rendermap.SampleURL {
	cands = slices.Clone(cands)
	slices.SortFunc(cands, func(a, b Candidate) int { return strings.Compare(a.URL, b.URL) })
	strata := stratify(cands)
	r := rand.New(rand.NewPCG(uint64(seed), fnv64(pattern)))
	for _, s := range strata {
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	}
	out := []rendermap.SampleURL{}
	for round := 0; len(out) < n; round++ {
		took := false
		for _, s := range strata {
			if round < len(s) && len(out) < n {
				out = append(out, sampleURL(s[round]))
				took = true
			}
		}
		if !took {
			break
		}
	}
	slices.SortFunc(out, func(a, b rendermap.SampleURL) int { return strings.Compare(a.URL, b.URL) })
	return out
}

func sampleURL(c Candidate) rendermap.SampleURL {
	s := rendermap.SampleURL{URL: c.URL}
	if !c.Lastmod.IsZero() {
		s.Lastmod = c.Lastmod.UTC().Format(time.RFC3339)
	}
	return s
}

// stratify groups sorted candidates by (age bucket, depth), strata in key order.
func stratify(cands []Candidate) [][]Candidate {
	var newest time.Time
	for _, c := range cands {
		if c.Lastmod.After(newest) {
			newest = c.Lastmod
		}
	}
	type key struct{ age, depth int }
	byKey := map[key][]Candidate{}
	for _, c := range cands {
		k := key{ageBucket(newest, c.Lastmod), pathDepth(c.URL)}
		byKey[k] = append(byKey[k], c)
	}
	keys := make([]key, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.age, b.age), cmp.Compare(a.depth, b.depth)) })
	out := make([][]Candidate, len(keys))
	for i, k := range keys {
		out[i] = byKey[k]
	}
	return out
}

func ageBucket(newest, t time.Time) int {
	if t.IsZero() {
		return len(ageBounds) + 1
	}
	age := newest.Sub(t)
	for i, b := range ageBounds {
		if age < b {
			return i
		}
	}
	return len(ageBounds)
}

func pathDepth(u string) int {
	p, _ := splitURL(u)
	return len(splitSegments(p))
}

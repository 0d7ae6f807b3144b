package crawl

import "strings"

// decideChildren applies the grouping rule to the children of one pattern
// node: typed keys are parameters already; locale-shaped siblings become
// [lang] when they mirror each other; untyped siblings of one shape (leaf
// or not) become [slug] when there are enough of them; the rest stay literal.
func decideChildren(t *rawTrie, cs childSet, depth int) []childGroup {
	var out []childGroup
	var literal []int
	for i, k := range cs.keys {
		if kind, ok := typedKind(k); ok {
			out = append(out, childGroup{kind: kind, nodes: cs.of(i)})
			continue
		}
		literal = append(literal, i)
	}
	literal, lang := splitLocales(t, cs, literal)
	if lang != nil {
		out = append(out, *lang)
	}
	literal, slug := splitSlugs(t, cs, literal, depth)
	if slug != nil {
		out = append(out, *slug)
	}
	for _, i := range literal {
		out = append(out, childGroup{kind: segLiteral, literal: cs.keys[i], nodes: cs.of(i)})
	}
	return out
}

func typedKind(key string) (segKind, bool) {
	if !strings.HasPrefix(key, "\x00") {
		return segLiteral, false
	}
	for k, tk := range typedKeys {
		if tk == key {
			return segKind(k), true
		}
	}
	return segLiteral, false
}

// splitLocales takes locale-shaped keys out of literal when there are at
// least three of them, or two that share a child segment.
func splitLocales(t *rawTrie, cs childSet, literal []int) ([]int, *childGroup) {
	var locs, rest []int
	for _, i := range literal {
		if isLocale(cs.keys[i]) {
			locs = append(locs, i)
		} else {
			rest = append(rest, i)
		}
	}
	if len(locs) < 2 || len(locs) == 2 && !shareChild(t, cs.of(locs[0]), cs.of(locs[1])) {
		return literal, nil
	}
	return rest, merged(segLocale, cs, locs)
}

func shareChild(t *rawTrie, a, b []uint32) bool {
	seen := map[string]bool{}
	for _, n := range a {
		for _, c := range t.children(n) {
			seen[t.seg[c]] = true
		}
	}
	for _, n := range b {
		for _, c := range t.children(n) {
			if seen[t.seg[c]] {
				return true
			}
		}
	}
	return false
}

// splitSlugs turns untyped siblings into one [slug]. Siblings are split by
// shape (leaves, and segments with children): a class with at least the
// depth's threshold of distinct keys is merged, and the smaller class stays
// literal beside it (/blog/tag beside /blog/[slug]). When neither class
// reaches the threshold but both together do, all are merged.
func splitSlugs(t *rawTrie, cs childSet, literal []int, depth int) ([]int, *childGroup) {
	min := MinSlugSiblings
	if depth == 0 {
		min = MinTopSlugSiblings
	}
	var byShape [2][]int
	for _, i := range literal {
		s := 0
		if hasChildren(t, cs.of(i)) {
			s = 1
		}
		byShape[s] = append(byShape[s], i)
	}
	switch {
	case len(literal) < min:
		return literal, nil
	case len(byShape[0]) < min && len(byShape[1]) < min:
		return nil, merged(segSlug, cs, literal)
	}
	var slug, rest []int
	for _, class := range byShape {
		if len(class) >= min {
			slug = append(slug, class...)
		} else {
			rest = append(rest, class...)
		}
	}
	return rest, merged(segSlug, cs, slug)
}

func hasChildren(t *rawTrie, nodes []uint32) bool {
	for _, n := range nodes {
		if t.first[n+1] > t.first[n] {
			return true
		}
	}
	return false
}

func merged(kind segKind, cs childSet, keys []int) *childGroup {
	g := &childGroup{kind: kind}
	for _, i := range keys {
		g.nodes = append(g.nodes, cs.of(i)...)
	}
	return g
}

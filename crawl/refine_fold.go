package crawl

import (
	"strconv"

	"github.com/rendermap/rendermap"
)

// tryMerge folds members, whose pages share the template lead stands
// for, into one pattern at their longest common prefix, with the patterns
// below it that have no rendered page when no other template is there.
func (r *refiner) tryMerge(sec, members []*part, lead *pageEvidence) {
	prefix := commonPrefix(members)
	below, join, other := r.below(sec, members, prefix)
	if other || len(join) > len(members) {
		join = nil
	}
	for _, group := range [][]*part{append(members, join...), members} {
		pattern := mergedPattern(prefix, r.catchAll(group, len(prefix)))
		if r.consistent(pattern, group, below) {
			r.fold(pattern, group, len(group)-len(members), lead)
			return
		}
		if len(join) == 0 {
			return
		}
	}
}

// below returns the live parts strictly under prefix that are not members,
// those of them that could join (mergeable, no rendered page), and whether
// any of them showed a page at all (another template lives there).
func (r *refiner) below(sec, members []*part, prefix []string) (below, join []*part, other bool) {
	in := map[*part]bool{}
	for _, p := range members {
		in[p] = true
	}
	for _, p := range sec {
		if in[p] || len(p.urls) == 0 && !p.pinned || !under(p.pattern, prefix) {
			continue
		}
		below = append(below, p)
		switch {
		case len(p.pages) > 0:
			other = true
		case mergeable(p):
			join = append(join, p)
		}
	}
	return below, join, other
}

// under reports whether pattern lies strictly below the segments prefix.
func under(pattern string, prefix []string) bool {
	segs := splitSegments(pattern)
	if len(segs) <= len(prefix) {
		return false
	}
	for i, s := range prefix {
		if segs[i] != s {
			return false
		}
	}
	return true
}

// commonPrefix is the longest run of leading segments all members share,
// shorter than each of them.
func commonPrefix(members []*part) []string {
	prefix := splitSegments(members[0].pattern)
	for _, p := range members {
		segs := splitSegments(p.pattern)
		n := 0
		for n < len(prefix) && n < len(segs)-1 && prefix[n] == segs[n] {
			n++
		}
		prefix = prefix[:n]
	}
	return prefix
}

// catchAll reports whether some URL of the parts is not exactly one
// segment below a prefix of depth segments.
func (r *refiner) catchAll(parts []*part, depth int) bool {
	for _, p := range parts {
		for _, i := range p.urls {
			if len(splitSegments(r.path(i))) != depth+1 {
				return true
			}
		}
	}
	return false
}

// mergedPattern names the merged pattern: prefix/[slug] or
// prefix/[...slug], numbered after the [slug] parameters of prefix.
func mergedPattern(prefix []string, catchAll bool) string {
	n := 0
	segs, _ := rendermap.ParsePattern(joinPattern(prefix))
	for _, s := range segs {
		if isSlugParam(s) {
			n++
		}
	}
	name := "slug"
	if n > 0 {
		name += strconv.Itoa(n + 1)
	}
	if catchAll {
		name = "..." + name
	}
	return joinPattern(append(append([]string(nil), prefix...), "["+name+"]"))
}

// consistent reports whether a router given every pattern, with group's
// replaced by pattern, would send each URL of group to pattern and each
// URL of the other parts below the prefix to its own pattern.
func (r *refiner) consistent(pattern string, group, below []*part) bool {
	drop := map[*part]bool{}
	for _, p := range group {
		drop[p] = true
	}
	pats := []string{pattern}
	for _, p := range r.live() {
		if drop[p] {
			continue
		}
		if p.pattern == pattern {
			return false // the name is taken by a pattern of another template
		}
		pats = append(pats, p.pattern)
	}
	m := NewMatcher(pats)
	for _, p := range below {
		want := p.pattern
		if drop[p] {
			want = pattern
		}
		if !r.allRouted(m, p.urls, want) {
			return false
		}
	}
	for _, p := range group {
		if !r.allRouted(m, p.urls, pattern) {
			return false
		}
	}
	return true
}

func (r *refiner) allRouted(m *Matcher, urls []int, want string) bool {
	for _, i := range urls {
		if got, ok := m.Match(r.urls[i]); !ok || got != want {
			return false
		}
	}
	return true
}

// fold moves group into a new part with pattern.
func (r *refiner) fold(pattern string, group []*part, joined int, lead *pageEvidence) {
	np := r.add(&part{pattern: pattern, by: "template", merged: len(group), joined: joined, sim: 1, templates: 1})
	for _, p := range group {
		for _, i := range p.pages {
			np.sim = min(np.sim, pageSim(lead, r.ev[i]))
		}
		moveAll(p, np)
	}
}

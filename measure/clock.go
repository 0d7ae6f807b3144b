package measure

import (
	"slices"
	"sort"
	"time"
)

// span is a time interval in seconds since an arbitrary base.
type span struct{ lo, hi float64 }

// change is one gap of one page across which its content changed.
type change struct {
	page int
	at   span
}

// clockOf tells whether a pattern's pages change at the same instants
// ("shared": one clock or one publish for all), at different ones
// ("independent"), or cannot tell (""). Changes are grouped by the instants
// that fall inside them; a group is consistent with one shared change when
// some instant lies in every change of the group and in no gap where another
// page was seen unchanged. Identical sitemap lastmods on several pages also
// mean one shared change.
func clockOf(perPage [][]gap, lastmods []time.Time) string {
	base := baseTime(perPage)
	changes, quiet := splitGaps(perPage, base)
	pages := map[int]bool{}
	for _, c := range changes {
		pages[c.page] = true
	}
	if len(pages) < 2 {
		return sameInstant(lastmods)
	}
	multi := false
	for _, group := range stab(changes) {
		if !consistent(group, quiet) {
			return "independent"
		}
		multi = multi || distinctPages(group) > 1
	}
	if multi {
		return "shared"
	}
	return ""
}

func baseTime(perPage [][]gap) time.Time {
	for _, gs := range perPage {
		if len(gs) > 0 {
			return gs[0].from
		}
	}
	return time.Time{}
}

// splitGaps returns the changes and, per page, the gaps without a change.
func splitGaps(perPage [][]gap, base time.Time) ([]change, map[int][]span) {
	var changes []change
	quiet := map[int][]span{}
	for i, gs := range perPage {
		for _, g := range gs {
			s := span{g.from.Sub(base).Seconds(), g.to.Sub(base).Seconds()}
			if g.changed {
				changes = append(changes, change{page: i, at: s})
			} else {
				quiet[i] = append(quiet[i], s)
			}
		}
	}
	return changes, quiet
}

// stab groups changes greedily by the earliest end: each group holds the
// changes that contain that instant.
func stab(changes []change) [][]change {
	sort.Slice(changes, func(i, j int) bool { return changes[i].at.hi < changes[j].at.hi })
	var out [][]change
	used := make([]bool, len(changes))
	for i, c := range changes {
		if used[i] {
			continue
		}
		var group []change
		for j := i; j < len(changes); j++ {
			if !used[j] && changes[j].at.lo < c.at.hi && c.at.hi <= changes[j].at.hi {
				used[j], group = true, append(group, changes[j])
			}
		}
		out = append(out, group)
	}
	return out
}

// consistent reports whether one instant can explain every change of the
// group without contradicting another page seen unchanged at that instant.
func consistent(group []change, quiet map[int][]span) bool {
	in := group[0].at
	for _, c := range group[1:] {
		in = span{max(in.lo, c.at.lo), min(in.hi, c.at.hi)}
	}
	free, changed := []span{in}, pagesOf(group)
	for page, spans := range quiet {
		if slices.Contains(changed, page) {
			continue
		}
		for _, q := range spans {
			free = subtract(free, q)
		}
	}
	return len(free) > 0
}

// subtract removes q (a closed interval) from each half-open interval.
func subtract(free []span, q span) []span {
	var out []span
	for _, f := range free {
		if q.hi < f.lo || q.lo >= f.hi {
			out = append(out, f)
			continue
		}
		if f.lo < q.lo {
			out = append(out, span{f.lo, q.lo})
		}
		if q.hi < f.hi {
			out = append(out, span{q.hi, f.hi})
		}
	}
	return out
}

func pagesOf(group []change) []int {
	var out []int
	for _, c := range group {
		out = append(out, c.page)
	}
	return out
}

func distinctPages(group []change) int {
	seen := map[int]bool{}
	for _, c := range group {
		seen[c.page] = true
	}
	return len(seen)
}

// sameInstant is "shared" when at least two pages carry the same lastmod
// and no page carries another.
func sameInstant(lastmods []time.Time) string {
	if len(lastmods) < 2 {
		return ""
	}
	for _, t := range lastmods[1:] {
		if !t.Equal(lastmods[0]) {
			return ""
		}
	}
	return "shared"
}

// lastmodTimes returns the parsed sitemap lastmods of the pages.
func lastmodTimes(ok []*page) []time.Time {
	var out []time.Time
	for _, p := range ok {
		if t, ok := parseLastmod(p.sample.Lastmod); ok {
			out = append(out, t)
		}
	}
	return out
}

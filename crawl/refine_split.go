package crawl

import (
	"maps"
	"slices"

	"github.com/rendermap/rendermap"
)

// maxSplitLiterals bounds the literal patterns one split may create: more
// pages of another template than that are not a few special pages, and
// the URL cannot tell them apart.
const maxSplitLiterals = MinSlugSiblings - 1

// splitTemplates looks at each parameterized group the URL shape formed:
// when most of its rendered pages share one template and a few pages have
// a clearly different one, those pages become literal patterns of their
// own, which a router also prefers to the parameter. When the templates
// are not clearly apart, or too many pages differ, the group stays whole
// and its grouping says so.
func (r *refiner) splitTemplates() {
	for _, p := range r.live() {
		if !p.pinned && p.by == "" && len(p.pages) >= 2 && hasParam(p.pattern) {
			r.splitPart(p)
		}
	}
}

// hasParam reports whether pattern has a parameter segment; brackets inside
// a literal segment ("a[0]") are not one.
func hasParam(pattern string) bool {
	p, _ := rendermap.ParsePattern(pattern) // a malformed segment reads as a literal
	return p.Dynamic()
}

func (r *refiner) splitPart(p *part) {
	c := clusterPages(r.evOf(p.pages))
	p.templates = len(c.leader)
	if p.templates < 2 {
		return
	}
	m, ok := c.largest()
	if !ok || 2*c.size[m] <= len(p.pages) {
		return
	}
	lead := r.ev[p.pages[c.leader[m]]]
	off := map[string]float64{} // path → similarity to the majority
	for j, i := range p.pages {
		if c.of[j] == m {
			continue
		}
		s := pageSim(lead, r.ev[i])
		if s >= OtherTemplate {
			return
		}
		off[r.path(i)] = s
	}
	if len(off) > maxSplitLiterals {
		return
	}
	r.splitOff(p, off)
}

// splitOff moves the URLs of each path in off to a literal part.
func (r *refiner) splitOff(p *part, off map[string]float64) {
	before := len(p.pages)
	for _, path := range slices.Sorted(maps.Keys(off)) {
		lit := r.add(&part{pattern: cleanPattern(path), by: "template", splitFrom: p.pattern, sim: off[path]})
		r.move(p, lit, func(i int) bool { return r.path(i) == path })
	}
	p.splitOff = before - len(p.pages)
	p.templates = 1
}

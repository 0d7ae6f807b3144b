package crawl

import (
	"cmp"
	"slices"

	"github.com/rendermap/rendermap"
)

// part is a set of URLs that refinement moves as one: at first, one group
// of the URL-shape inference.
type part struct {
	pattern string
	pinned  bool
	urls    []int // indices into the URL list
	pages   []int // those whose page gave evidence, in hash order
	// by is "framework" or "template" once a pass set the pattern.
	by        string
	route     string  // the framework route, for by "framework"
	merged    int     // URL-shape patterns merged into this one
	joined    int     // of those, patterns without a rendered page
	splitFrom string  // the pattern a split took this literal from
	splitOff  int     // pages split off this part
	sim       float64 // lowest template similarity behind the decision
	templates int     // templates among the pages; 0 until counted
}

// refiner holds the state of one refine call.
type refiner struct {
	urls  []string
	ev    []*pageEvidence // per URL; nil when its page gave nothing
	parts []*part
}

// refine is the second grouping pass, over the groups of the URL-shape
// inference and what rendered pages showed: framework route data relabels
// and merges groups, a group whose pages have clearly different templates
// is split, and patterns below one section whose pages share a template
// merge into one [slug] or [...slug]. Pinned groups never change. Every
// group gets a Grouping. Without evidence the groups stay as they are, so
// the cost is that of inference alone.
func refine(urls []string, groups []Group, assign []int32, pages map[string]pageEvidence) ([]Group, []int32) {
	if len(pages) == 0 {
		for i := range groups {
			groups[i].Grouping = urlOnlyGrouping(groups[i].Pinned)
		}
		return groups, assign
	}
	r := newRefiner(urls, groups, assign, pages)
	r.applyFramework()
	r.splitTemplates()
	r.mergeTemplates()
	return r.groups()
}

func newRefiner(urls []string, groups []Group, assign []int32, pages map[string]pageEvidence) *refiner {
	r := &refiner{urls: urls, ev: make([]*pageEvidence, len(urls)), parts: make([]*part, len(groups))}
	for g := range groups {
		r.parts[g] = &part{pattern: groups[g].Pattern, pinned: groups[g].Pinned}
	}
	for i, u := range urls {
		p := r.parts[assign[i]]
		p.urls = append(p.urls, i)
		if e, ok := pages[u]; ok && e.known() {
			r.ev[i] = &e
			p.pages = append(p.pages, i)
		}
	}
	for _, p := range r.parts {
		r.sortPages(p.pages)
	}
	return r
}

// sortPages orders pages by path hash, as examples are chosen, so that a
// cluster's first page does not depend on the crawl order.
func (r *refiner) sortPages(pages []int) {
	slices.SortFunc(pages, func(a, b int) int { return byPathHash(r.urls[a], r.urls[b]) })
}

// evOf returns the evidence of pages.
func (r *refiner) evOf(pages []int) []*pageEvidence {
	out := make([]*pageEvidence, len(pages))
	for j, i := range pages {
		out[j] = r.ev[i]
	}
	return out
}

// path returns the path of URL i.
func (r *refiner) path(i int) string {
	p, _ := splitURL(r.urls[i])
	return p
}

// add appends a new part.
func (r *refiner) add(p *part) *part {
	r.parts = append(r.parts, p)
	return p
}

// move takes the URLs for which take is true from src into dst.
func (r *refiner) move(src, dst *part, take func(i int) bool) {
	keep := func(list []int, into *[]int) []int {
		var kept []int
		for _, i := range list {
			if take(i) {
				*into = append(*into, i)
			} else {
				kept = append(kept, i)
			}
		}
		return kept
	}
	src.urls = keep(src.urls, &dst.urls)
	src.pages = keep(src.pages, &dst.pages)
}

// moveAll empties src into dst.
func moveAll(src, dst *part) {
	dst.urls, dst.pages = append(dst.urls, src.urls...), append(dst.pages, src.pages...)
	src.urls, src.pages = nil, nil
}

// live returns the parts that still hold URLs, and pinned ones.
func (r *refiner) live() []*part {
	var out []*part
	for _, p := range r.parts {
		if len(p.urls) > 0 || p.pinned {
			out = append(out, p)
		}
	}
	return out
}

// groups turns the parts into sorted groups; parts that ended with one
// pattern become one group.
func (r *refiner) groups() ([]Group, []int32) {
	index := map[string]int{}
	var kept []*part
	for _, p := range r.live() {
		if k, ok := index[p.pattern]; ok {
			absorb(kept[k], p)
			continue
		}
		index[p.pattern] = len(kept)
		kept = append(kept, p)
	}
	slices.SortFunc(kept, func(a, b *part) int { return cmp.Compare(a.pattern, b.pattern) })
	groups := make([]Group, len(kept))
	assign := make([]int32, len(r.urls))
	for g, p := range kept {
		r.sortPages(p.pages)
		desc := r.describe(p)
		groups[g] = Group{Pattern: p.pattern, Pinned: p.pinned, Grouping: &desc}
		for _, i := range p.urls {
			assign[i] = int32(g)
		}
	}
	summarize(groups, r.urls, assign)
	return groups, assign
}

// absorb merges src, which ended with dst's pattern, into dst.
func absorb(dst, src *part) {
	if dst.by == "" && !dst.pinned {
		dst.by, dst.route, dst.sim = src.by, src.route, src.sim
	}
	dst.merged += max(src.merged, 1)
	dst.pinned = dst.pinned || src.pinned
	moveAll(src, dst)
}

// urlOnlyGrouping describes a group when no page was rendered.
func urlOnlyGrouping(pinned bool) *rendermap.Grouping {
	if pinned {
		return &rendermap.Grouping{By: "pinned", Confidence: "high", Evidence: pinnedEvidence}
	}
	return &rendermap.Grouping{By: "url", Confidence: "medium", Evidence: "URL shape only; no page of it was rendered"}
}

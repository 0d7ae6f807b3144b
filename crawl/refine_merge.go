package crawl

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

// mergeTemplates merges patterns that the URL shape kept apart although
// their rendered pages share one template. Within each top-level section
// (the first segment, which is never merged itself), the candidates are
// patterns whose other segments are literal or [slug]; their pages are
// clustered by template, and each cluster of at least two patterns and
// MinTemplatePages pages becomes one pattern at the longest prefix its
// patterns share: [slug] when every URL is one segment below it, else
// [...slug]. Patterns under that prefix without a rendered page join when
// no other template lives there. A merge that a router would not
// reproduce (another pattern would catch some of its URLs, or lose its
// own) is skipped.
func (r *refiner) mergeTemplates() {
	for _, sec := range r.sections() {
		r.mergeSection(sec)
	}
}

// sections groups the live parts of two or more segments by their first.
func (r *refiner) sections() [][]*part {
	by := map[string][]*part{}
	for _, p := range r.live() {
		if segs := splitSegments(p.pattern); len(segs) >= 2 {
			by[segs[0]] = append(by[segs[0]], p)
		}
	}
	var out [][]*part
	for _, k := range slices.Sorted(maps.Keys(by)) {
		sec := by[k]
		slices.SortFunc(sec, func(a, b *part) int { return cmp.Compare(a.pattern, b.pattern) })
		out = append(out, sec)
	}
	return out
}

// mergeable reports whether refinement may fold p into a template pattern.
func mergeable(p *part) bool {
	return !p.pinned && p.by == "" && literalOrSlugBelow(p.pattern, 1)
}

// literalOrSlugBelow reports whether every segment after the first from
// is a literal or an untyped [slug]: typed parameters are URL evidence of
// a route of their own.
func literalOrSlugBelow(pattern string, from int) bool {
	segs, _ := rendermap.ParsePattern(pattern)
	for _, s := range segs[min(from, len(segs)):] {
		if s.Kind != rendermap.SegLiteral && !isSlugParam(s) {
			return false
		}
	}
	return true
}

// isSlugParam reports whether s is [slug], [slug2], ...: a parameter
// inference names for untyped values.
func isSlugParam(s rendermap.Segment) bool {
	n, ok := strings.CutPrefix(s.Text, "slug")
	return ok && s.Kind == rendermap.SegParam && (n == "" || isDigits(n))
}

func (r *refiner) mergeSection(sec []*part) {
	var cands []*part
	var pages []int
	for _, p := range sec {
		if mergeable(p) && r.oneTemplate(p) {
			cands = append(cands, p)
			pages = append(pages, p.pages...)
		}
	}
	if len(pages) < MinTemplatePages {
		return
	}
	c := clusterPages(r.evOf(pages))
	byCluster := clusterParts(cands, c)
	for _, k := range clusterOrder(byCluster) {
		members := byCluster[k]
		if len(members) >= 2 && countPages(members) >= MinTemplatePages {
			r.tryMerge(sec, members, r.ev[pages[c.leader[k]]])
		}
	}
}

// oneTemplate reports whether p's own pages show at most one template.
func (r *refiner) oneTemplate(p *part) bool {
	if p.templates == 0 && len(p.pages) > 0 {
		p.templates = len(clusterPages(r.evOf(p.pages)).leader)
	}
	return p.templates <= 1
}

// clusterParts lists, per cluster, the candidates whose pages all fell in
// it (pages were taken from cands in order).
func clusterParts(cands []*part, c clusters) [][]*part {
	out := make([][]*part, len(c.leader))
	j := 0
	for _, p := range cands {
		if len(p.pages) == 0 {
			continue
		}
		k := c.of[j]
		one := true
		for range p.pages {
			one = one && c.of[j] == k
			j++
		}
		if one {
			out[k] = append(out[k], p)
		}
	}
	return out
}

// clusterOrder tries the clusters with the most patterns first.
func clusterOrder(byCluster [][]*part) []int {
	order := make([]int, len(byCluster))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(byCluster[b]), len(byCluster[a])),
			cmp.Compare(countPages(byCluster[b]), countPages(byCluster[a])))
	})
	return order
}

func countPages(parts []*part) int {
	n := 0
	for _, p := range parts {
		n += len(p.pages)
	}
	return n
}

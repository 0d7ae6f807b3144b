package crawl

import (
	"context"
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

const (
	// TemplateSample is how many pages of an ambiguous pattern discovery
	// compares: the pattern's URLs with the lowest path hashes, rendered
	// when the crawl did not render them already. A pattern of at most
	// twice as many URLs whose pages then show several templates is
	// rendered whole, so that every page of the minority template is known.
	TemplateSample = 8
	// MaxTemplateRenders bounds the pages one discovery renders only to
	// compare templates.
	MaxTemplateRenders = 32
)

// sampleTemplates renders, after the crawl, a few more pages of each
// ambiguous pattern (see ambiguous), so that refinement compares a spread
// of its pages rather than the first ones links led to; then the rest of
// the small patterns whose pages showed several templates. Links on these
// pages are not followed.
func (c *crawler) sampleTemplates(ctx context.Context, sessions []rendermap.Session) {
	budget := MaxTemplateRenders
	for _, quota := range []func(Group, []string, []*pageEvidence) int{sampleQuota, wholeQuota} {
		if ctx.Err() != nil || budget == 0 {
			return
		}
		plan := c.templatePlan(quota, budget)
		budget -= len(plan)
		c.d.renderAll(ctx, sessions, plan)
	}
}

// templatePlan lists, in pattern order, the URLs that quota asks to have
// rendered per pattern (the lowest path hashes first), at most budget.
func (c *crawler) templatePlan(quota func(Group, []string, []*pageEvidence) int, budget int) []string {
	urls, _ := c.d.liveEntries()
	groups, idx := InferIndex(urls, c.d.opt.Routes)
	ev := c.d.evidenceSnapshot()
	members := make([][]string, len(groups))
	for i, g := range idx {
		members[g] = append(members[g], urls[i])
	}
	quotas := make([]int, len(groups))
	for g := range groups {
		quotas[g] = quota(groups[g], members[g], pagesOf(members[g], ev))
	}
	shareBySection(groups, quotas)
	var plan []string
	for g := range groups {
		n := quotas[g]
		for _, u := range spread(members[g])[:min(n, len(members[g]))] {
			if len(plan) == budget {
				return plan
			}
			if !c.rendered[u] {
				c.rendered[u] = true
				plan = append(plan, u)
			}
		}
	}
	return plan
}

func pagesOf(urls []string, ev map[string]pageEvidence) []*pageEvidence {
	var pages []*pageEvidence
	for _, u := range urls {
		if e, ok := ev[u]; ok && e.known() {
			pages = append(pages, &e)
		}
	}
	return pages
}

// sampleQuota is TemplateSample for an ambiguous pattern, else 0.
func sampleQuota(g Group, urls []string, pages []*pageEvidence) int {
	if ambiguous(g, urls, pages) {
		return TemplateSample
	}
	return 0
}

// wholeQuota is every URL of a pattern of at most 2 × TemplateSample URLs
// whose pages show several templates, else 0.
func wholeQuota(g Group, urls []string, pages []*pageEvidence) int {
	if g.Pinned || !hasParam(g.Pattern) || len(urls) > 2*TemplateSample || len(pages) < 2 || len(clusterPages(pages).leader) < 2 {
		return 0
	}
	return len(urls)
}

// ambiguous reports whether the URL shape alone is weak evidence for a
// parameterized pattern: its rendered pages show more than one template,
// or it is an untyped [slug] of few URLs (under twice MinSlugSiblings) of
// which the crawl rendered some, but fewer than TemplateSample.
func ambiguous(g Group, urls []string, pages []*pageEvidence) bool {
	if g.Pinned || !hasParam(g.Pattern) {
		return false
	}
	if len(pages) >= 2 && len(clusterPages(pages).leader) > 1 {
		return true
	}
	weak := literalOrSlugBelow(g.Pattern, 0) && len(urls) < 2*MinSlugSiblings
	return weak && len(pages) > 0 && len(pages) < min(len(urls), TemplateSample)
}

// spread orders URLs by path hash, as examples are chosen: a sample that
// does not depend on the order links were found in.
func spread(urls []string) []string {
	out := slices.Clone(urls)
	slices.SortFunc(out, byPathHash)
	return out
}

// shareBySection divides the sample of a top-level section among its
// ambiguous patterns: sibling patterns (six docs sections of five guides)
// are compared with each other, so one or two pages each show whether they
// share a template, while a lone pattern keeps its whole sample for a
// minority template among its own pages.
func shareBySection(groups []Group, quotas []int) {
	count := map[string]int{}
	for g, q := range quotas {
		if q > 0 {
			count[firstSegment(groups[g].Pattern)]++
		}
	}
	for g, q := range quotas {
		if n := count[firstSegment(groups[g].Pattern)]; q > 0 && n > 1 {
			quotas[g] = min(q, max(1, TemplateSample/n))
		}
	}
}

// firstSegment is a pattern's first path segment ("guides" of /guides/x).
func firstSegment(pattern string) string {
	seg, _, _ := strings.Cut(strings.TrimPrefix(pattern, "/"), "/")
	return seg
}

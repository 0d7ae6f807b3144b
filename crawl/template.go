package crawl

import (
	"slices"

	"github.com/rendermap/rendermap"
)

// sketchSize is the size of a full structural sketch: chrome keeps
// the 128 smallest hashes of a page's tag and class paths, and as many of
// the paths of its classed elements. A shorter sketch holds every hash.
const sketchSize = 128

// minClassed is how many classed paths both pages need before they are
// compared on those alone: on sites that style with classes, unclassed
// elements are mostly content (Markdown, rich text) that varies from page
// to page of one template.
const minClassed = 16

// similarity estimates the Jaccard similarity of the two sets of tag and
// class paths that fingerprints a and b (sorted bottom-k sketches) stand
// for: among the smallest sketchSize distinct hashes of both, the share
// found in both. When both pages have fewer paths than that, the figure is
// exact.
func similarity(a, b []uint32) float64 {
	k := max(sketchSize, len(a), len(b))
	i, j, n, shared := 0, 0, 0, 0
	for n < k && (i < len(a) || j < len(b)) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			i++
		case i == len(a) || b[j] < a[i]:
			j++
		default:
			i, j, shared = i+1, j+1, shared+1
		}
		n++
	}
	if n == 0 {
		return 0
	}
	return float64(shared) / float64(n)
}

// Template thresholds: how alike two rendered pages must be (Jaccard
// similarity of their tag and class paths, text ignored) to count as one
// template, and how unlike to count as clearly different ones. Between the
// two, discovery does not decide and the URL shape stands.
const (
	// SameTemplate is the similarity from which two pages share a template.
	SameTemplate = 0.75
	// OtherTemplate is the similarity below which two pages have clearly
	// different templates.
	OtherTemplate = 0.6
	// sureTemplate is the similarity from which a template grouping is
	// highly confident.
	sureTemplate = 0.85
	// MinTemplatePages is how many rendered pages must share a template
	// before patterns that URL shape kept apart are merged.
	MinTemplatePages = 3
)

// pageEvidence is what one rendered page tells about its template.
type pageEvidence struct {
	all       []uint32 // sketch of all tag and class paths, sorted
	classed   []uint32 // sketch of the paths of classed elements, sorted
	framework string   // framework that exposed route data
	routeID   string   // its id of the page's route
}

// newEvidence reads a rendered page's fingerprint (even hashes: all
// paths; odd: classed ones) and route data.
func newEvidence(r *rendermap.Rendered) pageEvidence {
	e := pageEvidence{framework: r.Framework, routeID: r.RouteID}
	for _, h := range r.Template {
		if h&1 == 0 {
			e.all = append(e.all, h)
		} else {
			e.classed = append(e.classed, h)
		}
	}
	e.all, e.classed = cleanSketch(e.all), cleanSketch(e.classed)
	return e
}

// cleanSketch sorts and de-duplicates a sketch and keeps its sketchSize
// smallest hashes, whatever the browser returned.
func cleanSketch(t []uint32) []uint32 {
	slices.Sort(t)
	t = slices.Compact(t)
	return t[:min(len(t), sketchSize)]
}

// known reports whether the page gave anything to compare.
func (e *pageEvidence) known() bool {
	return e != nil && (len(e.all) > 0 || e.routeID != "")
}

// pageSim is how alike two pages' templates are, from 0 to 1. Route ids
// of one framework decide when both pages have one; else the fingerprints.
func pageSim(a, b *pageEvidence) float64 {
	if a.routeID != "" && b.routeID != "" && a.framework == b.framework {
		if a.routeID == b.routeID {
			return 1
		}
		return 0
	}
	if len(a.classed) >= minClassed && len(b.classed) >= minClassed {
		return similarity(a.classed, b.classed)
	}
	if len(a.all) == 0 || len(b.all) == 0 {
		return 0
	}
	return similarity(a.all, b.all)
}

// clusters groups pages by template.
type clusters struct {
	leader []int     // page (index into the input) that leads each cluster
	of     []int     // cluster of each page
	size   []int     // pages per cluster
	minSim []float64 // lowest similarity of a member to its leader
}

// clusterPages puts each page, in order, into the cluster whose leader it
// is most alike, if at least SameTemplate, or starts a new cluster with it.
func clusterPages(pages []*pageEvidence) clusters {
	var c clusters
	for i, p := range pages {
		k := c.find(pages, p)
		if k < 0 {
			k = len(c.leader)
			c.leader, c.size, c.minSim = append(c.leader, i), append(c.size, 0), append(c.minSim, 1)
		}
		c.of = append(c.of, k)
		c.size[k]++
		c.minSim[k] = min(c.minSim[k], pageSim(pages[c.leader[k]], p))
	}
	return c
}

func (c *clusters) find(pages []*pageEvidence, p *pageEvidence) int {
	best, bestSim := -1, SameTemplate
	for k, l := range c.leader {
		if s := pageSim(pages[l], p); s >= bestSim {
			best, bestSim = k, s
		}
	}
	return best
}

// largest returns the cluster with the most pages, and false on a tie.
func (c *clusters) largest() (int, bool) {
	best, tie := 0, false
	for k := 1; k < len(c.size); k++ {
		switch {
		case c.size[k] > c.size[best]:
			best, tie = k, false
		case c.size[k] == c.size[best]:
			tie = true
		}
	}
	return best, !tie
}

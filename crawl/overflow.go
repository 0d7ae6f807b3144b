package crawl

import "slices"

// overflow keeps sitemap and list URLs beyond max (up to overflowFactor ×
// max), only to count them per pattern, in chunks so that growing never
// copies them. cut is true when some found no room there either.
type overflow struct {
	chunks [][]overflowURL
	n      int
	cut    bool
}

type overflowURL struct {
	url  string
	from source // fromSitemap or fromList; 0 once moved to the set
}

// overflowChunk is the number of URLs in one chunk.
const overflowChunk = 1 << 12

func (o *overflow) add(u string, from source) {
	if o.n%overflowChunk == 0 {
		o.chunks = append(o.chunks, make([]overflowURL, 0, overflowChunk))
	}
	last := len(o.chunks) - 1
	o.chunks[last] = append(o.chunks[last], overflowURL{u, from})
	o.n++
}

// at returns the URL at place i; its from is 0 once it moved to the set.
func (o *overflow) at(i int) *overflowURL {
	return &o.chunks[i/overflowChunk][i%overflowChunk]
}

// overflowCount is how many URLs beyond MaxURLs a pattern holds, by source.
type overflowCount struct{ sitemap, list int }

func (c *overflowCount) add(from source) {
	switch from {
	case fromSitemap:
		c.sitemap++
	case fromList:
		c.list++
	}
}

// grouping is the final route patterns and what each holds.
type grouping struct {
	groups []Group
	idx    []int32         // the group of each kept URL
	extra  []overflowCount // the overflow URLs of each group
	spare  [][]string      // for a group without kept URLs, its overflow URLs, to sample
}

// group infers the final patterns over the kept URLs, refined by what the
// rendered pages showed, and counts the overflow into them, so that page
// counts stay exact and examples and query keys cover every URL. When an
// overflow URL matches none of them (a list sorted by section can leave
// whole sections past --max-urls), it infers over every URL instead.
func (d *discovery) group(urls []string) grouping {
	ev := d.evidenceSnapshot()
	groups, idx := InferIndex(urls, d.opt.Routes)
	groups, idx = refine(urls, groups, idx, ev)
	if extra, ok := d.countOverflow(groups); ok {
		return grouping{groups: groups, idx: idx, extra: extra, spare: make([][]string, len(groups))}
	}
	return d.groupAll(urls, ev)
}

// groupAll infers the patterns over the kept and the overflow URLs
// together; a group without kept URLs samples its overflow URLs.
func (d *discovery) groupAll(urls []string, ev map[string]pageEvidence) grouping {
	all, froms := slices.Clip(urls), []source(nil)
	for _, chunk := range d.set.overflow.chunks {
		for _, o := range chunk {
			if o.from != 0 {
				all, froms = append(all, o.url), append(froms, o.from)
			}
		}
	}
	groups, idx := InferIndex(all, d.opt.Routes)
	groups, idx = refine(all, groups, idx, ev)
	g := grouping{groups: groups, idx: idx[:len(urls)], extra: make([]overflowCount, len(groups)), spare: make([][]string, len(groups))}
	kept := make([]bool, len(groups))
	for _, x := range g.idx {
		kept[x] = true
	}
	for i, x := range idx[len(urls):] {
		g.extra[x].add(froms[i])
		if !kept[x] {
			g.spare[x] = append(g.spare[x], all[len(urls)+i])
		}
	}
	return g
}

// countOverflow matches the overflow URLs against the patterns of groups
// and adds them to their examples and query keys; ok is false when one
// matches none.
func (d *discovery) countOverflow(groups []Group) ([]overflowCount, bool) {
	extra := make([]overflowCount, len(groups))
	if d.set.overflow.n == 0 {
		return extra, true
	}
	c := newOverflowCounter(groups)
	for _, chunk := range d.set.overflow.chunks {
		for _, o := range chunk {
			if o.from == 0 {
				continue
			}
			g, ok := c.count(o.url)
			if !ok {
				return nil, false
			}
			extra[g].add(o.from)
		}
	}
	c.finish(groups)
	return extra, true
}

// overflowCounter assigns URLs to groups by pattern and offers them as
// examples and query keys.
type overflowCounter struct {
	m     *Matcher
	index map[string]int
	ex    []exampleSet
	keys  []map[string]bool
	segs  []string
}

func newOverflowCounter(groups []Group) *overflowCounter {
	c := &overflowCounter{index: make(map[string]int, len(groups)), ex: make([]exampleSet, len(groups)),
		keys: make([]map[string]bool, len(groups)), segs: make([]string, 0, maxSegments)}
	pats := make([]string, len(groups))
	for g, grp := range groups {
		pats[g], c.index[grp.Pattern] = grp.Pattern, g
		for _, u := range grp.Examples {
			c.ex[g].offer(u)
		}
		for _, k := range grp.QueryKeys {
			c.keys[g] = addQueryKeys(c.keys[g], k)
		}
	}
	c.m = NewMatcher(pats)
	return c
}

// count returns the group of u, or false when no pattern matches it.
func (c *overflowCounter) count(u string) (int, bool) {
	p, ok := c.m.matchBuf(u, c.segs[:0])
	if !ok {
		return 0, false
	}
	g := c.index[p]
	c.ex[g].offer(u)
	if _, q := splitURL(u); q != "" {
		c.keys[g] = addQueryKeys(c.keys[g], q)
	}
	return g, true
}

// finish writes the examples and query keys back into groups.
func (c *overflowCounter) finish(groups []Group) {
	for g := range groups {
		groups[g].Examples = c.ex[g].sorted()
		groups[g].QueryKeys = sortedKeys(c.keys[g])
	}
}

// overflowWarnings says how many sitemap and list URLs were counted but
// not kept, and how many were neither.
func (d *discovery) overflowWarnings() {
	o := &d.set.overflow
	var n overflowCount
	for _, chunk := range o.chunks {
		for _, u := range chunk {
			n.add(u.from)
		}
	}
	if d.set.sitemapFull {
		d.warn.addf("sitemap", "", "%s from sitemaps beyond the %d kept (90%% of --max-urls) are counted per pattern only", urlCount(int64(n.sitemap)), d.set.limit(fromSitemap))
	}
	if d.set.listFull {
		d.warn.addf("urls", "", "%s of the URL list beyond the %d kept (--max-urls) are counted per pattern only", urlCount(int64(n.list)), d.set.max)
	}
	if n := d.cut.load(); n > 0 {
		d.warn.addf("crawl", "", "%s beyond %d × --max-urls were neither kept nor counted; page counts are lower bounds (raise --max-urls)", urlCount(n), overflowFactor)
	}
}

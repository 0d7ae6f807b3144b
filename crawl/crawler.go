package crawl

import "net/url"

// crawler is the breadth-first state of the DOM crawl.
type crawler struct {
	d        *discovery
	visited  map[string]bool // queued or rendered
	rendered map[string]bool
	matcher  *Matcher
	domCount map[string]int // URLs taken from DOM links, per pattern
}

// plan infers patterns over everything discovered so far and picks the
// level's URLs to render, skipping patterns that reached PerPatternCap. It
// also counts the planned URLs whose pattern had no rendered page yet.
func (c *crawler) plan(level []string) (plan []string, fresh int) {
	urls, entries := c.d.set.snapshot()
	groups, idx := InferIndex(urls, c.d.opt.Routes)
	c.d.patterns.Store(int64(len(groups)))
	pos := make(map[string]int, len(urls))
	for i, u := range urls {
		pos[u] = i
	}
	count := make([]int, len(groups))
	for u := range c.rendered {
		if i, ok := pos[u]; ok {
			count[idx[i]]++
		}
	}
	c.index(groups, idx, entries)
	for _, u := range level {
		i, ok := pos[u]
		if ok && count[idx[i]] >= c.d.opt.PerPatternCap {
			c.d.capPattern(groups[idx[i]].Pattern)
			continue
		}
		if !ok || count[idx[i]] == 0 {
			fresh++
		}
		if ok {
			count[idx[i]]++
		}
		c.rendered[u] = true
		plan = append(plan, u)
	}
	return plan, fresh
}

// index rebuilds the pattern matcher and the DOM-link counts per pattern.
func (c *crawler) index(groups []Group, idx []int32, entries []entry) {
	pats := make([]string, len(groups))
	for i, g := range groups {
		pats[i] = g.Pattern
	}
	c.matcher = NewMatcher(pats)
	c.domCount = map[string]int{}
	for i, e := range entries {
		if e.from&fromDOM != 0 {
			c.domCount[groups[idx[i]].Pattern]++
		}
	}
}

// follow records the links of rendered pages and returns the next level.
func (c *crawler) follow(pages []page) []string {
	var next []string
	for _, p := range pages {
		if p.rendered == nil {
			continue
		}
		base := linkBase(p)
		c.redirected(p)
		for _, link := range c.pageLinks(p) {
			if u, ok := c.take(link, base); ok {
				next = append(next, u)
			}
		}
	}
	return next
}

// pageLinks returns at most MaxLinksPerPage links of a rendered page.
func (c *crawler) pageLinks(p page) []string {
	links := p.rendered.Links
	if max := c.d.opt.MaxLinksPerPage; len(links) > max {
		c.d.warn.addf("crawl", p.url, "page has %d links; only the first %d were taken", len(links), max)
		c.d.setCrawlTruncated()
		links = links[:max]
	}
	return links
}

// take adds one link to the discovered set; ok means it joins the next level.
func (c *crawler) take(link string, base *url.URL) (string, bool) {
	n, verdict := c.d.admit(link, base)
	if verdict != admitted || !looksLikePage(n) {
		return "", false
	}
	pat, known := c.matcher.Match(n)
	if known && c.domCount[pat] >= c.d.opt.MaxPerPattern {
		c.d.capDiscovery(pat)
		c.d.limited.add(n)
		return "", false
	}
	i, added := c.d.set.add(n, fromDOM, zeroTime)
	if i < 0 {
		c.d.limited.add(n)
		return "", false
	}
	if added && known {
		c.domCount[pat]++
	}
	if added && i%256 == 0 {
		c.d.progress()
	}
	u := c.d.set.urlAt(i)
	if c.visited[u] {
		return "", false
	}
	c.visited[u] = true
	return u, true
}

// redirected records the final URL of a page that redirected on the
// origin as discovered and already rendered.
func (c *crawler) redirected(p page) {
	final := p.rendered.FinalURL
	if final == "" || final == p.url {
		return
	}
	n, verdict := c.d.admit(final, nil)
	if verdict != admitted || n == p.url {
		return
	}
	if i, _ := c.d.set.add(n, fromDOM, zeroTime); i >= 0 {
		u := c.d.set.urlAt(i)
		c.visited[u], c.rendered[u] = true, true
	}
}

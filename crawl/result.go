package crawl

import (
	"slices"

	"github.com/rendermap/rendermap"
)

// result infers the final patterns and builds the Result.
func (d *discovery) result() *Result {
	urls, entries := d.liveEntries()
	gr := d.group(urls)
	groups := gr.groups
	members := make([][]int, len(groups))
	for i, g := range gr.idx {
		members[g] = append(members[g], i)
	}
	routes := make([]rendermap.Discovery, len(groups))
	for g := range groups {
		routes[g] = d.route(groups[g], entries, members[g], gr.extra[g], gr.spare[g])
	}
	d.summaryWarnings()
	notAudited := d.notAudited(groups)
	sitemaps := slices.Clone(d.sitemaps)
	slices.Sort(sitemaps)
	res := &Result{
		Schema: ResultSchema,
		Site: rendermap.Site{
			Origin: originOf(d.start), RobotsTxt: d.robots.found, Sitemaps: sitemaps,
			URLsDiscovered: len(urls), Truncated: d.truncated(), CrawlDelaySeconds: d.robots.delay.Seconds(),
		},
		Routes:     routes,
		Warnings:   d.warn.sorted(),
		NotAudited: notAudited,
	}
	d.patterns.Store(int64(len(groups)))
	d.progress()
	return res
}

// truncated reports whether a limit cut discovery short, so that some page
// count is a lower bound. Sitemap and list URLs beyond --max-urls do not
// count: they are still counted per pattern (up to the overflow cap).
func (d *discovery) truncated() bool {
	return d.set.truncated || d.set.overflow.cut || d.sitemapTruncated || len(d.droppedPatterns) > 0 || d.crawlTruncated
}

// route builds the discovery part of one pattern from its entries and
// the URLs beyond MaxURLs it holds; a pattern without entries samples its
// spare overflow URLs.
func (d *discovery) route(g Group, entries []entry, members []int, extra overflowCount, spare []string) rendermap.Discovery {
	inSitemap := extra.sitemap
	cands := make([]Candidate, 0, len(members)+len(spare))
	for _, u := range spare {
		cands = append(cands, Candidate{URL: u})
	}
	onlyList := (len(members) > 0 || extra.list > 0) && extra.sitemap == 0
	for _, i := range members {
		e := entries[i]
		if e.from&fromSitemap != 0 {
			inSitemap++
		}
		if e.from&^fromList != 0 {
			onlyList = false
		}
		cands = append(cands, Candidate{URL: e.url, Lastmod: e.lastmod})
	}
	r := rendermap.Discovery{
		Pattern: g.Pattern, Pinned: g.Pinned, Examples: g.Examples, QueryKeys: g.QueryKeys,
		InSitemap: inSitemap > 0, Sample: d.markSample(Sample(g.Pattern, cands, d.opt.SampleSize, d.opt.Seed)),
		Grouping: g.Grouping,
	}
	cut := d.set.overflow.cut
	switch {
	case inSitemap > 0:
		r.Pages, r.PagesSource = inSitemap, "sitemap"
		r.PagesLowerBound = d.sitemapTruncated || cut
	case onlyList:
		r.Pages, r.PagesSource = len(members)+extra.list, "urls"
		r.PagesLowerBound = d.set.truncated || cut
	default:
		r.Pages, r.PagesSource = len(members)+extra.list, "discovery"
		r.PagesLowerBound = d.set.truncated || cut || d.crawlTruncated || d.cappedPatterns[g.Pattern]
	}
	return r
}

// summaryWarnings adds one warning per kind of dropped URL.
func (d *discovery) summaryWarnings() {
	if n := d.offHost.load(); n > 0 {
		d.warn.addf("scope", "", "%s on other origins dropped (add them with --allow-origin)", urlCount(n))
	}
	if n := d.unwanted.load(); n > 0 {
		d.warn.addf("scope", "", "%s outside --include/--exclude dropped", urlCount(n))
	}
	if n := d.disallowed.load(); n > 0 {
		d.warn.addf("robots", "", "%s disallowed by robots.txt dropped", urlCount(n))
	}
	if n := d.set.slashDups; n > 0 {
		d.warn.addf("scope", "", "%s differing from another only by a trailing slash merged into the first form seen", urlCount(int64(n)))
	}
	if d.set.truncated {
		d.warn.addf("crawl", "", "discovery stopped at --max-urls %d; page counts not taken from sitemaps are lower bounds", d.opt.MaxURLs)
	}
	d.overflowWarnings()
}

// urlCount is "1 URL" or "N URLs".
func urlCount(n int64) string {
	return plural(int(n), "URL")
}

// liveEntries is the discovered set without pages that rendered as gone.
func (d *discovery) liveEntries() ([]string, []entry) {
	urls, entries := d.set.snapshot()
	if len(d.gone) == 0 {
		return urls, entries
	}
	keptURLs, kept := urls[:0], entries[:0]
	for i, e := range entries {
		if !d.gone[e.url] {
			keptURLs, kept = append(keptURLs, urls[i]), append(kept, e)
		}
	}
	return keptURLs, kept
}

// markSample notes the sampled URLs whose render broke during discovery.
func (d *discovery) markSample(sample []rendermap.SampleURL) []rendermap.SampleURL {
	for i := range sample {
		sample[i].Broken = d.brokenReason(sample[i].URL)
	}
	return sample
}

package crawl

import (
	"cmp"
	"maps"
	"slices"

	"github.com/rendermap/rendermap"
)

// Why URLs were kept out, as Unaudited.Reason and Message say it.
var dropReasons = []struct{ reason, message string }{
	{"robots", "disallowed by robots.txt; audit your own site with --ignore-robots"},
	{"scope", "outside --include/--exclude"},
	{"limit", "beyond --max-urls or --max-per-pattern; raise the limit to audit them"},
	{"error", "answered HTTP 404 or 410 during discovery"},
}

// notAudited names, by pattern, the URLs discovery found but kept out of
// the result: those under no pattern of groups, grouped as inference
// would group them, one top-level section to an entry when it holds
// several patterns. Sorted by pattern, then reason.
func (d *discovery) notAudited(groups []Group) []rendermap.Unaudited {
	pats := make([]string, len(groups))
	for i, g := range groups {
		pats[i] = g.Pattern
	}
	audited := NewMatcher(pats)
	var out []rendermap.Unaudited
	for i, urls := range d.droppedURLs() {
		kept, more := urls()
		r := dropReasons[i]
		for _, u := range unaudited(outside(audited, kept), d.opt.Routes) {
			out = append(out, rendermap.Unaudited{Pattern: u.Pattern, URLs: u.URLs, URLsLowerBound: more, Reason: r.reason, Message: r.message})
		}
	}
	slices.SortStableFunc(out, func(a, b rendermap.Unaudited) int { return cmp.Compare(a.Pattern, b.Pattern) })
	return out
}

// droppedURLs returns, in the order of dropReasons, the dropped URLs kept
// and whether more were dropped.
func (d *discovery) droppedURLs() []func() ([]string, bool) {
	return []func() ([]string, bool){d.disallowed.kept, d.unwanted.kept, d.limited.kept, d.goneURLs}
}

func (d *discovery) goneURLs() ([]string, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Sorted(maps.Keys(d.gone)), false
}

// outside returns the URLs of pages (not files such as /sitemap.xml) that
// no audited pattern holds.
func outside(audited *Matcher, urls []string) []string {
	var out []string
	for _, u := range urls {
		if _, ok := audited.Match(u); !ok && looksLikePage(u) {
			out = append(out, u)
		}
	}
	return out
}

// unaudited groups URLs into patterns, then folds the patterns below one
// top-level section into /section/[...path] when there are several: the
// list names what was left out, not how it would be routed.
func unaudited(urls []string, pinned []string) []Group {
	if len(urls) == 0 {
		return nil
	}
	var out []Group
	sections := map[string][]Group{}
	for _, g := range Infer(urls, pinned) {
		segs := splitSegments(g.Pattern)
		switch {
		case g.URLs == 0:
			continue
		case g.Pinned || len(segs) < 2:
			out = append(out, g)
		default:
			sections[segs[0]] = append(sections[segs[0]], g)
		}
	}
	for _, seg := range slices.Sorted(maps.Keys(sections)) {
		out = append(out, foldSection(seg, sections[seg]))
	}
	return out
}

func foldSection(seg string, gs []Group) Group {
	if len(gs) == 1 {
		return gs[0]
	}
	g := Group{Pattern: "/" + seg + "/[...path]"}
	for _, x := range gs {
		g.URLs += x.URLs
	}
	return g
}

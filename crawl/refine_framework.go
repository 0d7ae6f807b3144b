package crawl

import "github.com/rendermap/rendermap"

// routeRef is one framework route named by rendered pages.
type routeRef struct {
	framework, id, pattern string
}

// label names the route for people: "next route /guides/[...slug]".
func (x routeRef) label() string {
	return x.framework + " route " + x.id
}

// applyFramework relabels each group whose rendered pages all name one
// framework route that matches every URL of the group, and splits a group
// whose pages name several such routes. Groups without a rendered page
// then join the framework route that matches all their URLs, as the
// site's router would send them there.
func (r *refiner) applyFramework() {
	labels := map[string]string{}
	for _, p := range r.live() {
		if !p.pinned {
			r.frameworkPart(p, labels)
		}
	}
	if len(labels) > 0 {
		r.joinFramework(labels)
	}
}

// routeRefs lists the distinct routes p's pages name; ok is false when a
// page named none or a route has no bracket form.
func (r *refiner) routeRefs(p *part) (refs []routeRef, ok bool) {
	seen := map[routeRef]bool{}
	for _, i := range p.pages {
		e := r.ev[i]
		x := routeRef{e.framework, e.routeID, frameworkPattern(e.framework, e.routeID)}
		if e.routeID == "" || x.pattern == "" {
			return nil, false
		}
		if !seen[x] {
			seen[x] = true
			refs = append(refs, x)
		}
	}
	return refs, len(refs) > 0
}

func (r *refiner) frameworkPart(p *part, labels map[string]string) {
	refs, ok := r.routeRefs(p)
	switch {
	case !ok:
		return
	case len(refs) == 1 && r.allMatch(p.urls, refs[0].pattern):
		p.pattern, p.by, p.route = refs[0].pattern, "framework", refs[0].label()
	case len(refs) > 1:
		r.splitByRoute(p, refs)
	default:
		return
	}
	for _, x := range refs {
		labels[x.pattern] = x.label()
	}
}

// allMatch reports whether every URL's path fits pattern.
func (r *refiner) allMatch(urls []int, pattern string) bool {
	pat, _ := rendermap.ParsePattern(pattern)
	for _, i := range urls {
		if !pat.Match(r.path(i)) {
			return false
		}
	}
	return true
}

// splitByRoute moves each URL of p to the route its page named, or for
// URLs without a rendered page, to the most specific of those routes that
// matches it; the rest stay in p.
func (r *refiner) splitByRoute(p *part, refs []routeRef) {
	pats := make([]string, len(refs))
	to := map[string]*part{}
	for k, x := range refs {
		pats[k] = x.pattern
		to[x.pattern] = r.add(&part{pattern: x.pattern, by: "framework", route: x.label()})
	}
	m := NewMatcher(pats)
	target := func(i int) string {
		if e := r.ev[i]; e != nil && e.routeID != "" {
			return frameworkPattern(e.framework, e.routeID)
		}
		pat, _ := m.Match(r.urls[i])
		return pat
	}
	targets := make(map[int]string, len(p.urls))
	for _, i := range p.urls {
		targets[i] = target(i)
	}
	for _, x := range refs {
		pat, _ := rendermap.ParsePattern(x.pattern)
		r.move(p, to[x.pattern], func(i int) bool {
			return targets[i] == x.pattern && pat.Match(r.path(i))
		})
	}
}

// joinFramework moves groups without a rendered page into the most
// specific framework route that matches all their URLs.
func (r *refiner) joinFramework(labels map[string]string) {
	pats := make([]string, 0, len(labels))
	for p := range labels {
		pats = append(pats, p)
	}
	m := NewMatcher(pats)
	for _, p := range r.live() {
		if p.pinned || p.by != "" || len(p.pages) > 0 || len(p.urls) == 0 {
			continue
		}
		if pat, ok := r.commonMatch(m, p.urls); ok {
			p.pattern, p.by, p.route, p.joined = pat, "framework", labels[pat], 1
		}
	}
}

// commonMatch returns the pattern m gives every URL, if it is one.
func (r *refiner) commonMatch(m *Matcher, urls []int) (string, bool) {
	first := ""
	for k, i := range urls {
		pat, ok := m.Match(r.urls[i])
		if !ok || k > 0 && pat != first {
			return "", false
		}
		first = pat
	}
	return first, true
}

package measure

import (
	"fmt"
	"sort"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/text"
)

// originPlatform is the platform when no host, CDN or server was recognized.
var originPlatform = found{id: "origin", name: "the origin itself (no CDN or host recognized)",
	evidence: []string{"no CDN, host or server header recognized"}}

// tally counts detections by id, keeping the evidence of each.
type tally struct {
	count map[string]int
	seen  map[string]*found
}

func newTally() *tally { return &tally{count: map[string]int{}, seen: map[string]*found{}} }

func (t *tally) add(f *found) {
	if f == nil {
		return
	}
	t.count[f.id]++
	if prev, ok := t.seen[f.id]; ok {
		for _, e := range f.evidence {
			prev.evidence = text.AppendUnique(prev.evidence, e)
		}
		return
	}
	c := *f
	c.evidence = append([]string(nil), f.evidence...)
	t.seen[f.id] = &c
}

// ranked returns the ids by count, most first, ties by id.
func (t *tally) ranked() []string {
	ids := make([]string, 0, len(t.count))
	for id := range t.count {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if t.count[ids[i]] != t.count[ids[j]] {
			return t.count[ids[i]] > t.count[ids[j]]
		}
		return ids[i] < ids[j]
	})
	return ids
}

// top returns the most seen id, or "".
func (t *tally) top() string {
	if r := t.ranked(); len(r) > 0 {
		return r[0]
	}
	return ""
}

// routeDetections sets the route's framework and platform ids from its
// pages: the id seen on most of them.
func routeDetections(ok []*page) (framework, platform string) {
	fw, pf := newTally(), newTally()
	for _, p := range ok {
		fw.add(p.framework)
		pf.add(p.platform)
	}
	return fw.top(), pf.top()
}

// siteDetections names the site's framework and platform: the one seen on
// most measured routes, with the others listed. A route where no platform
// was recognized counts as served by its origin.
func siteDetections(routes [][]*page, evs []rendermap.Evidence) (framework, platform *rendermap.Detection) {
	fw, pf := newTally(), newTally()
	for i, pages := range routes {
		if evs[i].Framework != "" {
			fw.add(mergedEvidence(pages, evs[i].Framework, func(p *page) *found { return p.framework }))
		}
		switch {
		case evs[i].Platform != "":
			pf.add(mergedEvidence(pages, evs[i].Platform, func(p *page) *found { return p.platform }))
		case len(pages) > 0:
			pf.add(&originPlatform)
		}
	}
	return fw.detection(), pf.detection()
}

// mergedEvidence joins the evidence of the route's pages that showed id.
func mergedEvidence(pages []*page, id string, get func(*page) *found) *found {
	t := newTally()
	for _, p := range pages {
		if f := get(p); f != nil && f.id == id {
			t.add(f)
		}
	}
	return t.seen[id]
}

// detection turns the tally into the audit's record.
func (t *tally) detection() *rendermap.Detection {
	ranked := t.ranked()
	if len(ranked) == 0 {
		return nil
	}
	f := t.seen[ranked[0]]
	d := &rendermap.Detection{ID: f.id, Name: f.name, Routes: t.count[f.id], Evidence: capStrings(f.evidence, 6)}
	for _, id := range ranked[1:] {
		d.Others = append(d.Others, fmt.Sprintf("%s (%d routes)", t.seen[id].name, t.count[id]))
	}
	return d
}

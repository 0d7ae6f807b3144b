package crawl

import (
	"strings"
	"sync"
	"time"
)

// source records where a URL was found (a bit set).
type source uint8

const (
	fromStart source = 1 << iota
	fromSitemap
	fromList
	fromDOM
)

// entry is one discovered URL.
type entry struct {
	url     string
	lastmod time.Time
	from    source
}

// urlSet holds discovered URLs, de-duplicated, in discovery order, up to
// max. One urlIndex over the slashKey of every URL, kept or in overflow,
// de-duplicates both.
type urlSet struct {
	mu        sync.Mutex
	max       int
	ids       *urlIndex
	entries   []entry
	truncated bool // a URL from the start or a link found no room
	// sitemapFull, listFull: sitemap URLs filled their share, list URLs
	// the set; later ones go to overflow.
	sitemapFull, listFull bool
	slashDups             int
	variants              map[string]bool
	overflow              overflow
}

// Results of urlSet.add other than an entry's index.
const (
	notKept = -1 // the set is full
	counted = -2 // the set is full; the URL is counted per pattern only
)

// overflowFactor bounds overflow to this many times max.
const overflowFactor = 10

// inOverflow marks a urlIndex ref that is an overflow place.
const inOverflow = 1 << 31

func newURLSet(max int) *urlSet {
	s := &urlSet{max: max, variants: map[string]bool{}}
	s.ids = newURLIndex(s.keyOf)
	return s
}

// add records u (normalized); it returns the entry index and whether u was
// new. A URL differing from a known one only by a trailing slash merges
// into it. When the set is full, add returns counted for a sitemap or list
// URL that overflow holds (or held already), else notKept. A URL that
// overflow holds moves to the set when its new source finds room there (a
// link to a product of a sitemap past its 90% share).
func (s *urlSet) add(u string, from source, lastmod time.Time) (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ref, known, at := s.ids.find(slashKey(u))
	switch {
	case known && ref&inOverflow != 0 && len(s.entries) < s.limit(from):
		return s.promote(int(ref&^inOverflow), at, u, from, lastmod), true
	case known && ref&inOverflow != 0:
		return counted, false
	case known:
		s.merge(&s.entries[ref], u, from, lastmod)
		return int(ref), false
	case len(s.entries) >= s.limit(from):
		return s.overflowed(u, at, from), false
	}
	s.ids.insert(at, uint32(len(s.entries)))
	s.entries = append(s.entries, entry{url: u, lastmod: lastmod, from: from})
	return len(s.entries) - 1, true
}

// keyOf is the slashKey of the URL a urlIndex ref names.
func (s *urlSet) keyOf(ref uint32) string {
	if ref&inOverflow != 0 {
		return slashKey(s.overflow.at(int(ref &^ inOverflow)).url)
	}
	return slashKey(s.entries[ref].url)
}

// promote moves the URL at overflow place k, found again as u, to the set.
func (s *urlSet) promote(k int, at probe, u string, from source, lastmod time.Time) int {
	o := s.overflow.at(k)
	from |= o.from
	o.from = 0 // moved
	s.ids.update(at, uint32(len(s.entries)))
	s.entries = append(s.entries, entry{url: o.url, lastmod: lastmod, from: from})
	if o.url != u {
		s.variants[u] = true
		s.slashDups++
	}
	return len(s.entries) - 1
}

// merge records that u, or its trailing-slash variant e, was found again.
func (s *urlSet) merge(e *entry, u string, from source, lastmod time.Time) {
	if e.url != u && !s.variants[u] {
		s.variants[u] = true
		s.slashDups++
	}
	e.from |= from
	if e.lastmod.IsZero() {
		e.lastmod = lastmod
	}
}

// overflowed handles a new URL that found the set full.
func (s *urlSet) overflowed(u string, at probe, from source) int {
	switch from {
	case fromSitemap:
		s.sitemapFull = true
	case fromList:
		s.listFull = true
	default:
		s.truncated = true
		return notKept
	}
	o := &s.overflow
	if o.n >= min(overflowFactor*s.max, inOverflow-1) {
		o.cut = true
		return notKept
	}
	s.ids.insert(at, inOverflow|uint32(o.n))
	o.add(u, from)
	return counted
}

// sitemapShare is the part of max that sitemap URLs may fill, so that links
// in pages and URL lists always find room: a sitemap of 200,000 products
// must not crowd out /account, which only a link leads to.
const sitemapShare = 0.9

// limit is how many entries a URL from this source may join.
func (s *urlSet) limit(from source) int {
	if from == fromSitemap {
		return int(float64(s.max) * sitemapShare)
	}
	return s.max
}

// slashKey drops one trailing slash from the path, except the root's.
func slashKey(u string) string {
	p, q, hasQ := strings.Cut(u, "?")
	if !strings.HasSuffix(p, "/") || strings.Count(p, "/") <= 3 {
		return u
	}
	if hasQ {
		return p[:len(p)-1] + "?" + q
	}
	return p[:len(p)-1]
}

func (s *urlSet) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.entries)
}

// snapshot returns the URLs and entries discovered so far.
func (s *urlSet) snapshot() ([]string, []entry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	urls := make([]string, len(s.entries))
	for i, e := range s.entries {
		urls[i] = e.url
	}
	return urls, append([]entry(nil), s.entries...)
}

func (s *urlSet) urlAt(i int) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.entries[i].url
}

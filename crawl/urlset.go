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

// urlSet holds discovered URLs, de-duplicated, in discovery order, up to max.
type urlSet struct {
	mu        sync.Mutex
	max       int
	index     map[string]int // URL without trailing slash → entries index
	entries   []entry
	truncated bool // a URL from the start, a list or a link found no room
	// sitemapFull: sitemap URLs filled their share; later ones go to overflow.
	sitemapFull bool
	slashDups   int
	variants    map[string]bool
	// overflow keeps sitemap URLs beyond max (up to maxOverflow), only to
	// count them per pattern; overflowSeen de-duplicates them by hash.
	overflow     []string
	overflowSeen map[uint64]bool
	overflowCut  bool
}

// overflowFactor bounds overflow to this many times max.
const overflowFactor = 10

func newURLSet(max int) *urlSet {
	return &urlSet{max: max, index: map[string]int{}, variants: map[string]bool{}}
}

// add records u (normalized); it returns the entry index and whether u was
// new. A URL differing from a known one only by a trailing slash merges
// into it. When the set is full, add returns -1.
func (s *urlSet) add(u string, from source, lastmod time.Time) (int, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	key := slashKey(u)
	if i, ok := s.index[key]; ok {
		e := &s.entries[i]
		if e.url != u && !s.variants[u] {
			s.variants[u] = true
			s.slashDups++
		}
		e.from |= from
		if e.lastmod.IsZero() {
			e.lastmod = lastmod
		}
		return i, false
	}
	if len(s.entries) >= s.limit(from) {
		if from == fromSitemap {
			s.sitemapFull = true
			s.keepOverflow(u)
		} else {
			s.truncated = true
		}
		return -1, false
	}
	s.index[key] = len(s.entries)
	s.entries = append(s.entries, entry{url: u, lastmod: lastmod, from: from})
	return len(s.entries) - 1, true
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
	if strings.HasSuffix(p, "/") && strings.Count(p, "/") > 3 {
		p = p[:len(p)-1]
	}
	if hasQ {
		return p + "?" + q
	}
	return p
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

// keepOverflow records a sitemap URL that did not fit, for counting only.
func (s *urlSet) keepOverflow(u string) {
	h := fnv64(slashKey(u))
	if s.overflowSeen[h] {
		return
	}
	if len(s.overflow) >= overflowFactor*s.max {
		s.overflowCut = true
		return
	}
	if s.overflowSeen == nil {
		s.overflowSeen = map[uint64]bool{}
	}
	s.overflowSeen[h] = true
	s.overflow = append(s.overflow, u)
}

package crawl

import "sync"

// maxDropKeys bounds the memory of a dropCount: past it, URLs are counted
// without de-duplication.
const maxDropKeys = 1 << 20

// maxDropURLs bounds the dropped URLs a dropCount keeps to name their
// patterns; past it they are only counted.
const maxDropURLs = 10_000

// dropCount counts distinct dropped URLs (by hash), so a link on every page
// counts once, and keeps the first maxDropURLs of them.
type dropCount struct {
	mu   sync.Mutex
	seen map[uint64]struct{}
	n    int64
	urls []string
}

// add counts u unless it was counted before.
func (c *dropCount) add(u string) {
	h := fnv64(u)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.seen[h]; ok {
		return
	}
	if c.seen == nil {
		c.seen = map[uint64]struct{}{}
	}
	if len(c.seen) < maxDropKeys {
		c.seen[h] = struct{}{}
	}
	if len(c.urls) < maxDropURLs {
		c.urls = append(c.urls, u)
	}
	c.n++
}

// kept returns the URLs kept and whether some dropped ones were not.
func (c *dropCount) kept() ([]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.urls, c.n > int64(len(c.urls))
}

// load returns the count.
func (c *dropCount) load() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

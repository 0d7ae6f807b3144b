package crawl

import "sync"

// maxDropKeys bounds the memory of a dropCount: past it, URLs are counted
// without de-duplication.
const maxDropKeys = 1 << 20

// dropCount counts distinct dropped URLs (by hash), so a link on every page
// counts once.
type dropCount struct {
	mu   sync.Mutex
	seen map[uint64]struct{}
	n    int64
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
	c.n++
}

// load returns the count.
func (c *dropCount) load() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}

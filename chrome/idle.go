package chrome

import (
	"context"
	"time"

	"github.com/go-rod/rod/lib/proto"
)

// stuckAfter is how long one request may hold up a page's settling: a
// request that never finishes (a long poll, a stream, a beacon the page
// forgot) is ignored after that, so it costs a few seconds, not the whole
// page timeout.
const stuckAfter = 3 * time.Second

// idlePoll is how often settling checks the requests in flight.
const idlePoll = 20 * time.Millisecond

// flight is one request of the page that has not finished yet.
type flight struct {
	since      time.Time
	navigation bool // a prefetch of another page: never waited for
}

// track records a request starting (and a redirect of it, which keeps its
// id); nav says it prefetches another page, which never counts as activity.
// The caller holds c.mu.
func (c *collector) track(id proto.NetworkRequestID, nav bool) {
	now := time.Now()
	if !nav {
		c.active = now
	}
	if _, ok := c.flights[id]; !ok {
		c.flights[id] = flight{since: now, navigation: nav}
	}
}

// land records a request finishing or failing.
func (c *collector) land(id proto.NetworkRequestID) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.flights[id]; !ok || !f.navigation {
		c.active = time.Now()
	}
	delete(c.flights, id)
}

// quiet reports whether no request the page needs is in flight and none
// started or ended for at least d.
func (c *collector) quiet(d time.Duration) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	for _, f := range c.flights {
		if !f.navigation && now.Sub(f.since) < stuckAfter {
			return false
		}
	}
	return now.Sub(c.active) >= d
}

// waitQuiet polls until quiet(d) or ctx ends.
func (c *collector) waitQuiet(ctx context.Context, d time.Duration) error {
	t := time.NewTicker(idlePoll)
	defer t.Stop()
	for !c.quiet(d) {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
	return nil
}

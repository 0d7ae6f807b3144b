package chrome

import (
	"testing"
	"time"
)

// TestPrefetchIsNotActivity: a prefetch of another page starting or ending
// does not restart the quiet period settling waits for; a request of the
// page's own does.
func TestPrefetchIsNotActivity(t *testing.T) {
	c := newCollector()
	c.active = time.Now().Add(-time.Second)
	c.mu.Lock()
	c.track("prefetch", true)
	c.mu.Unlock()
	c.land("prefetch")
	if !c.quiet(500 * time.Millisecond) {
		t.Errorf("a prefetch broke the quiet period")
	}
	c.mu.Lock()
	c.track("data", false)
	c.mu.Unlock()
	if c.quiet(0) {
		t.Errorf("quiet with a request of the page in flight")
	}
	c.land("data")
	if c.quiet(500 * time.Millisecond) {
		t.Errorf("a request that just ended left the page quiet for 500 ms")
	}
}

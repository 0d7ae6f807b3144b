package measure

import (
	"errors"
	"testing"
	"time"
)

// TestCutShort: after a stop, a page is unfinished when its error came at
// or after the stop, it lacks samples, or it was never rendered; an error
// from before the stop is the page's own.
func TestCutShort(t *testing.T) {
	stop := time.Now()
	failed := func(at time.Time) *page {
		p := &page{}
		p.setError(errors.New("boom"))
		p.failedAt = at
		return p
	}
	full := &page{rendered: true}
	full.res.TTFBMS = []float64{1, 2, 3}
	unrendered := &page{}
	unrendered.res.TTFBMS = []float64{1, 2, 3}
	short := &page{rendered: true}
	short.res.TTFBMS = []float64{1}
	for _, c := range []struct {
		name      string
		p         *page
		rendering bool
		want      bool
	}{
		{"error before the stop", failed(stop.Add(-time.Second)), true, false},
		{"error at the stop", failed(stop), true, true},
		{"error after the stop", failed(stop.Add(time.Millisecond)), true, true},
		{"finished", full, true, false},
		{"not rendered", unrendered, true, true},
		{"not rendered, no browser", unrendered, false, false},
		{"samples missing", short, true, true},
	} {
		if got := c.p.cutShort(stop, 3, c.rendering); got != c.want {
			t.Errorf("%s: cutShort = %v, want %v", c.name, got, c.want)
		}
	}
}

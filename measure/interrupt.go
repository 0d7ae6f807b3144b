package measure

import (
	"context"
	"time"
)

// watchStop records when ctx ends (Ctrl-C, the audit's --timeout); the
// function returned stops watching.
func (m *measurer) watchStop(ctx context.Context) func() {
	stop := context.AfterFunc(ctx, func() { m.stopAt.Store(time.Now().UnixNano()) })
	return func() { stop() }
}

// markInterrupted flags the pages the stop cut short, so that a resumed
// audit measures them again and keeps the rest.
func (m *measurer) markInterrupted(ctx context.Context, pages []*page) {
	if ctx.Err() == nil {
		return
	}
	at := time.Now()
	if ns := m.stopAt.Load(); ns > 0 {
		at = time.Unix(0, ns)
	}
	for _, p := range pages {
		p.res.Interrupted = p.cutShort(at, m.opt.Samples, m.opt.Browser != nil)
	}
}

// cutShort reports whether the stop at stop left p unfinished: its error
// came at or after the stop, it lacks timing samples, or it was never
// rendered when rendering was on. An error from before the stop is the
// page's own, and the page counts as measured.
func (p *page) cutShort(stop time.Time, samples int, rendering bool) bool {
	switch {
	case p.res.Error != "":
		return !p.failedAt.IsZero() && !p.failedAt.Before(stop)
	case len(p.res.TTFBMS) < samples:
		return true
	}
	return rendering && !p.rendered
}

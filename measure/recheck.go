package measure

import (
	"context"
	"net/http"
	"time"
)

// recheckOffsets are the re-fetch times after a page's first fetch: right
// away (per-request changes, tokens), then about 10 s and 30 s later while
// the window lasts. The window is Options.Recheck or rendering, whichever
// lasts longer, and the last re-fetch comes at its end: the window is spent
// rendering, never waiting idle.
var recheckOffsets = []time.Duration{0, 10 * time.Second, 30 * time.Second}

// recheckSlack keeps an intermediate re-fetch this far from the window's end.
const recheckSlack = 5 * time.Second

// observeOverTime re-fetches p at its offsets within the window and once
// more at the window's end, recording each observation.
func (m *measurer) observeOverTime(ctx context.Context, p *page, rendered <-chan struct{}) {
	defer m.progress("recheck", p.res.URL)
	m.lookAgain(ctx, p)
	for _, off := range recheckOffsets[1:] {
		if !m.withinWindow(ctx, p.first.Add(off), p.first.Add(m.opt.Recheck), rendered) {
			break
		}
		m.lookAgain(ctx, p)
	}
	if !waitUntil(ctx, p.first.Add(m.opt.Recheck), nil) {
		return
	}
	select {
	case <-ctx.Done():
		return
	case <-rendered:
	}
	m.lookAgain(ctx, p)
}

// withinWindow waits until at and reports whether the window still lasts
// then: the minimum window reaches past at (with slack), or rendering is
// still going at at. It is false when ctx ends.
func (m *measurer) withinWindow(ctx context.Context, at, minEnd time.Time, rendered <-chan struct{}) bool {
	if !at.Add(recheckSlack).After(minEnd) {
		rendered = nil // the minimum window covers at: rendering's end does not cut it
	}
	return waitUntil(ctx, at, rendered)
}

// waitUntil waits until t; false when ctx ends or stop closes first (a
// nil stop never does).
func waitUntil(ctx context.Context, t time.Time, stop <-chan struct{}) bool {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-stop:
		return false
	case <-timer.C:
		return true
	}
}

// lookAgain re-fetches the page (replaying the cookies its first visit got,
// so a per-visitor page is compared with itself) and its data requests.
func (m *measurer) lookAgain(ctx context.Context, p *page) {
	m.recheckSem <- struct{}{}
	defer func() { <-m.recheckSem }()
	ctx, cancel := context.WithTimeout(ctx, m.opt.PageTimeout)
	defer cancel()
	r, err := m.get(ctx, p.res.URL, m.cookieHeader(p), true, m.opt.MaxBodyBytes)
	if err == nil && r.Status < 400 {
		p.addObservation(newObservation(r.At, normalizeText(parseRaw(r.Body).Text), r.Body), r)
	}
	if urls := p.dataURLList(); len(urls) > 0 {
		m.observeData(ctx, p, urls)
	}
}

// cookieHeader is the base header plus the cookies the page's first visit set.
func (m *measurer) cookieHeader(p *page) http.Header {
	h := m.baseHeader()
	if cookie := cookieHeader(p.cookies); cookie != "" {
		h.Set("Cookie", cookie)
	}
	return h
}

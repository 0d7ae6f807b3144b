package measure

import (
	"context"
	"net/http"
	"time"
)

// recheckOffsets are the re-fetch times after a page's first fetch: right
// away (per-request changes, tokens), then about 10 s and 30 s later when the
// window is long enough. The last re-fetch comes at the end of the window or
// of rendering, whichever is later, so the window is spent rendering.
var recheckOffsets = []time.Duration{0, 10 * time.Second, 30 * time.Second}

// recheckSlack keeps an intermediate re-fetch this far from the window's end.
const recheckSlack = 5 * time.Second

// offsets returns the intermediate re-fetch offsets for a window.
func offsets(window time.Duration) []time.Duration {
	out := []time.Duration{0}
	for _, o := range recheckOffsets[1:] {
		if o <= window-recheckSlack {
			out = append(out, o)
		}
	}
	return out
}

// observeOverTime re-fetches p at its offsets and once more when both the
// window has passed and rendering is done, recording each observation.
func (m *measurer) observeOverTime(ctx context.Context, p *page, rendered <-chan struct{}) {
	defer m.progress("recheck", p.res.URL)
	for _, off := range offsets(m.opt.Recheck) {
		if !sleepUntil(ctx, p.first.Add(off)) {
			return
		}
		m.lookAgain(ctx, p)
	}
	if !sleepUntil(ctx, p.first.Add(m.opt.Recheck)) {
		return
	}
	select {
	case <-ctx.Done():
		return
	case <-rendered:
	}
	m.lookAgain(ctx, p)
}

// sleepUntil waits until t; false when ctx ended first.
func sleepUntil(ctx context.Context, t time.Time) bool {
	timer := time.NewTimer(time.Until(t))
	defer timer.Stop()
	select {
	case <-ctx.Done():
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

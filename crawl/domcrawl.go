package crawl

import (
	"context"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/polite"
)

// page is one rendered page's outcome.
type page struct {
	url      string
	rendered *rendermap.Rendered // nil when rendering failed
}

// crawl renders pages breadth-first from the start URL, up to MaxDepth,
// rendering at most PerPatternCap pages of each pattern. It stops once the
// patterns are stable: when a level below the first would render only
// pages of patterns that already have a rendered page, their links would
// add URLs to known patterns but no new route.
func (d *discovery) crawl(ctx context.Context, pool *sessionPool) {
	if d.opt.Browser == nil || ctx.Err() != nil {
		return
	}
	if !d.robots.allowed(d.start) {
		d.warn.addf("robots", d.startURL, "robots.txt disallows the start URL; no DOM crawl")
		return
	}
	sessions := pool.get()
	if pool.warn != "" {
		d.warn.addf("crawl", "", "could not open a browser session: %s", pool.warn)
	}
	if len(sessions) == 0 {
		return
	}
	c := &crawler{d: d, visited: map[string]bool{d.startURL: true}, rendered: map[string]bool{}}
	level := []string{d.startURL}
	for depth := 0; depth < d.opt.MaxDepth && len(level) > 0 && ctx.Err() == nil; depth++ {
		plan, fresh := c.plan(level)
		if depth > 1 && fresh == 0 {
			level = nil // stable: nothing new to find
			break
		}
		level = c.follow(d.renderAll(ctx, sessions, plan))
	}
	if len(level) > 0 {
		d.setCrawlTruncated()
	}
	c.sampleTemplates(ctx, sessions)
}

// renderAll renders the planned URLs with one worker per session.
func (d *discovery) renderAll(ctx context.Context, sessions []rendermap.Session, plan []string) []page {
	out := make([]page, len(plan))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for _, s := range sessions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = page{url: plan[i], rendered: d.render(ctx, s, plan[i])}
			}
		}()
	}
	for i := range plan {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// render loads one page, retrying once after a 429/503 and its Retry-After.
func (d *discovery) render(ctx context.Context, s rendermap.Session, u string) *rendermap.Rendered {
	host := d.start.Host
	for attempt := 0; ; attempt++ {
		if d.fetch.pace.Wait(ctx, host) != nil {
			return nil
		}
		r, err := s.Render(ctx, u)
		if err != nil {
			if ctx.Err() == nil {
				d.warn.addf("crawl", u, "render failed: %v", err)
				d.markBroken(u, err)
			}
			return nil
		}
		if polite.Retryable(r.Status) && attempt == 0 {
			if polite.WaitRetryAfter(ctx, r.Header.Get("Retry-After"), 0) != nil {
				return nil
			}
			continue
		}
		d.rendered.Add(1)
		d.progress()
		if away := d.offOrigin(r.FinalURL); away != "" {
			d.warn.addf("crawl", u, "redirected to another origin (%s); not followed", away)
			return nil
		}
		if r.Status >= 400 {
			d.warn.addf("crawl", u, "page answered HTTP %d", r.Status)
			d.markGone(u, r.Status)
			return nil
		}
		d.keepEvidence(u, r)
		d.opt.Loads.Keep(u, r)
		return r
	}
}

// offOrigin returns the origin of final when it is not an allowed one.
func (d *discovery) offOrigin(final string) string {
	u, err := url.Parse(final)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || d.scope.onOrigin(u) {
		return ""
	}
	return originOf(u)
}

func (d *discovery) setCrawlTruncated() {
	d.mu.Lock()
	d.crawlTruncated = true
	d.mu.Unlock()
}

// linkBase is the URL links on a rendered page resolve against.
func linkBase(p page) *url.URL {
	base := p.rendered.FinalURL
	if base == "" {
		base = p.url
	}
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return nil
	}
	return u
}

var zeroTime time.Time

// markGone drops a URL that rendered as 404 or 410 from the result.
func (d *discovery) markGone(u string, status int) {
	if status != 404 && status != 410 {
		return
	}
	d.mu.Lock()
	d.gone[u] = true
	d.mu.Unlock()
}

// markBroken remembers a URL whose render timed out or crashed, so that
// measuring does not pay for it again.
func (d *discovery) markBroken(u string, err error) {
	if !rendermap.BrokenRender(err) {
		return
	}
	msg := err.Error()
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(msg) > 200 {
		msg = msg[:200]
	}
	d.broken[u] = "render timed out or crashed during discovery: " + strings.ToValidUTF8(msg, "")
}

// brokenReason returns why u's render failed during discovery, or "".
func (d *discovery) brokenReason(u string) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.broken[u]
}

package measure

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rendermap/rendermap"
)

// measurer holds the state of one Measure call.
type measurer struct {
	opt    Options
	client *http.Client
	sem    chan struct{}
	// recheckSem bounds rechecks separately, so that they run on time even
	// while every render slot is busy.
	recheckSem chan struct{}
	mu         sync.Mutex // guards progress counters
	done       map[string]int
	total      int
	steps      int
	stepsTotal int
	throttled  atomic.Int64 // 429/503 answers retried
	stopAt     atomic.Int64 // when ctx ended, in Unix nanoseconds; 0 while it runs
}

// Measure fills the Evidence (URLsSampled included) of every route of a
// from the route's Sample URLs. It first fetches every URL over plain HTTP (warm-up,
// timing samples, conditional re-request) and starts each URL's re-fetches,
// renders the URLs in the browser while the recheck window runs, re-fetches
// once more at the end, then summarizes. A URL that fails is recorded in
// PageResult.Error; Measure returns an error only when ctx is cancelled,
// leaving what was measured in a.
func Measure(ctx context.Context, a *rendermap.Audit, opt Options) error {
	m := newMeasurer(opt)
	stop := m.watchStop(ctx)
	defer stop()
	routes := m.plan(a)
	all := interleave(routes)
	m.total = len(all)
	m.stepsTotal = m.total * m.phases()
	rendered := make(chan struct{})
	clock := newPhaseClock(a)
	rechecks := m.runHTTP(ctx, all, rendered)
	clock.lap(&a.Timing.Fetch)
	if m.opt.Browser != nil && len(all) > 0 {
		m.runRender(ctx, all, m.prepareWorkers(ctx, rendermap.RenderParallelism(m.opt.Concurrency), all[0].res.URL))
	}
	clock.lap(&a.Timing.Render)
	close(rendered)
	if m.opt.Browser == nil {
		a.Warnings = append(a.Warnings, rendermap.Warning{Source: "measure",
			Message: "No browser was available, so personalization, client rendering and paint metrics were not measured."})
	}
	rechecks.Wait()
	clock.lap(&a.Timing.Recheck)
	m.markInterrupted(ctx, all)
	if n := m.throttled.Load(); n > 0 {
		a.Warnings = append(a.Warnings, rendermap.Warning{Source: "measure",
			Message: fmt.Sprintf("The site answered 429 or 503 %d times; those requests were retried after Retry-After and are not in the TTFB samples.", n)})
	}
	evs := make([]rendermap.Evidence, len(a.Routes))
	stamps := deployStamps(routes)
	for i := range a.Routes {
		m.summarize(&a.Routes[i], routes[i], stamps)
		evs[i] = a.Routes[i].Evidence
	}
	a.Site.Framework, a.Site.Platform = siteDetections(routes, evs)
	return ctx.Err()
}

// phases is how many steps each URL takes: fetch, render, recheck.
func (m *measurer) phases() int {
	n := 1
	if m.opt.Browser != nil {
		n++
	}
	if m.opt.Recheck >= 0 {
		n++
	}
	return n
}

func newMeasurer(opt Options) *measurer {
	opt = opt.withDefaults()
	m := &measurer{opt: opt, client: opt.Client, done: map[string]int{},
		sem: make(chan struct{}, opt.Concurrency), recheckSem: make(chan struct{}, opt.Concurrency)}
	if m.client == nil {
		m.client = newClient(opt.PageTimeout, opt.MaxRedirects)
	}
	return m
}

// plan builds the page list of each route, sorted by URL.
func (m *measurer) plan(a *rendermap.Audit) [][]*page {
	out := make([][]*page, len(a.Routes))
	for i, r := range a.Routes {
		samples := append([]rendermap.SampleURL{}, r.Sample...)
		sort.Slice(samples, func(x, y int) bool { return samples[x].URL < samples[y].URL })
		fails := &routeFailures{}
		for j, s := range samples {
			out[i] = append(out[i], &page{sample: s, res: rendermap.PageResult{URL: s.URL}, variants: j == 0, route: fails})
		}
	}
	return out
}

// interleave orders pages round-robin across routes, so every pattern is
// measured early.
func interleave(routes [][]*page) []*page {
	var out []*page
	for i := 0; ; i++ {
		added := false
		for _, r := range routes {
			if i < len(r) {
				out, added = append(out, r[i]), true
			}
		}
		if !added {
			return out
		}
	}
}

// each runs fn over pages with bounded concurrency.
func (m *measurer) each(ctx context.Context, pages []*page, fn func(p *page)) {
	var wg sync.WaitGroup
	for _, p := range pages {
		if ctx.Err() != nil {
			break
		}
		m.sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-m.sem; wg.Done() }()
			fn(p)
		}()
	}
	wg.Wait()
}

// runHTTP measures every page over HTTP and starts each page's
// re-fetches, whose last one waits for rendered to close.
func (m *measurer) runHTTP(ctx context.Context, pages []*page, rendered <-chan struct{}) *sync.WaitGroup {
	rechecks := &sync.WaitGroup{}
	m.each(ctx, pages, func(p *page) {
		m.measureHTTP(ctx, p)
		m.progress("fetch", p.res.URL)
		switch {
		case p.ok() && m.opt.Recheck >= 0:
			rechecks.Add(1)
			go func() { defer rechecks.Done(); m.observeOverTime(ctx, p, rendered) }()
		case m.opt.Recheck >= 0:
			m.progress("recheck", p.res.URL) // skipped, but counted
		}
	})
	return rechecks
}

// runRender renders every successfully fetched page, one render worker
// per prepared set of sessions; workers reuse their two anonymous sessions.
// The first page of each pattern also gets the Accept-Language and
// signed-in variants.
func (m *measurer) runRender(ctx context.Context, pages []*page, workers []chan *workerSessions) {
	work := make(chan *page)
	var wg sync.WaitGroup
	for _, ready := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m.renderWorker(ctx, work, <-ready)
		}()
	}
	for _, p := range pages {
		if !p.ok() || ctx.Err() != nil {
			m.progress("render", p.res.URL) // skipped, but counted
			continue
		}
		work <- p
	}
	close(work)
	wg.Wait()
}

func (m *measurer) renderWorker(ctx context.Context, work <-chan *page, w *workerSessions) {
	defer w.close()
	for p := range work {
		m.sem <- struct{}{}
		if why := p.skipReason(); why != "" {
			p.res.Error = why
		} else if err := m.renderPage(ctx, w, p, p.variants); err != nil {
			p.noteFailure(err)
			p.setError(err)
			w.close() // a session may be stuck after a failed load
			*w = workerSessions{}
		}
		if urls := p.dataURLList(); len(urls) > 0 && m.opt.Recheck >= 0 {
			m.observeData(ctx, p, urls) // the first look at its data
		}
		<-m.sem
		m.progress("render", p.res.URL)
	}
}

func (m *measurer) progress(phase, url string) {
	if m.opt.Progress == nil {
		return
	}
	m.mu.Lock()
	m.done[phase]++
	m.steps++
	pr := Progress{Phase: phase, URL: url, Done: m.done[phase], Total: m.total, Steps: m.steps, StepsTotal: m.stepsTotal}
	m.mu.Unlock()
	m.opt.Progress(pr)
}

// cookieHeader joins cookies into one Cookie request header value.
func cookieHeader(cs []*http.Cookie) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, (&http.Cookie{Name: c.Name, Value: c.Value}).String())
	}
	return strings.Join(parts, "; ")
}

// phaseClock adds the time since its last lap to a Timing field.
type phaseClock struct{ last time.Time }

// newPhaseClock starts a clock and makes sure a has a Timing to fill.
func newPhaseClock(a *rendermap.Audit) *phaseClock {
	a.Timings()
	return &phaseClock{last: time.Now()}
}

// lap adds the seconds since the last lap to *field, as [rendermap.Seconds].
func (c *phaseClock) lap(field *float64) {
	now := time.Now()
	*field += rendermap.Seconds(now.Sub(c.last))
	c.last = now
}

package crawl

import (
	"context"
	"sync"

	"github.com/rendermap/rendermap"
)

// sessionPool opens the DOM crawl's browser sessions in the background, one
// per render worker, each with a tab ready for the start URL: the wait
// overlaps reading robots.txt and the sitemaps.
type sessionPool struct {
	ready    chan struct{}
	sessions []rendermap.Session
	warn     string // why a session could not be opened, or ""
}

// openSessions starts opening the sessions; with no browser the pool is empty.
func (d *discovery) openSessions(ctx context.Context) *sessionPool {
	p := &sessionPool{ready: make(chan struct{})}
	if d.opt.Browser == nil {
		close(p.ready)
		return p
	}
	go func() {
		defer close(p.ready)
		p.open(ctx, d)
	}()
	return p
}

func (p *sessionPool) open(ctx context.Context, d *discovery) {
	opt := rendermap.SessionOptions{UserAgent: d.opt.UserAgent, AllowOrigins: d.scope.allowedOrigins(), Fingerprint: true}
	n := rendermap.RenderParallelism(d.opt.Concurrency)
	opened := make([]rendermap.Session, n)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := d.opt.Browser.NewSession(ctx, opt)
			if err != nil {
				mu.Lock()
				p.warn = err.Error()
				mu.Unlock()
				return
			}
			rendermap.Warm(ctx, s, d.startURL)
			opened[i] = s
		}()
	}
	wg.Wait()
	for _, s := range opened {
		if s != nil {
			p.sessions = append(p.sessions, s)
		}
	}
}

// get waits for the sessions; it returns the ones that opened.
func (p *sessionPool) get() []rendermap.Session {
	<-p.ready
	return p.sessions
}

// close waits for the sessions and closes them.
func (p *sessionPool) close() {
	for _, s := range p.get() {
		_ = s.Close()
	}
}

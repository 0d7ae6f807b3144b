package chrome

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
)

var (
	_ rendermap.Browser = (*Resilient)(nil)
	_ rendermap.Warmer  = (*resilientSession)(nil)
)

// ErrClosed is returned by a Resilient browser used after Close.
var ErrClosed = errors.New("browser closed")

// reopenAttempts and reopenBackoff shape how a lost browser is reopened:
// a remote pool may need a moment to come back.
const (
	reopenAttempts = 5
	reopenBackoff  = 500 * time.Millisecond
	aliveTimeout   = 3 * time.Second
)

// Resilient is a browser that survives crashes: when its browser process
// dies or the connection to a remote browser drops, the next NewSession or
// Render opens a new one through the factory given to NewResilient and
// retries once. Cookies the site set in a session are lost on a restart;
// cookies from SessionOptions are set again. It implements rendermap.Browser.
type Resilient struct {
	ctx  context.Context
	open func(ctx context.Context) (*Browser, error)

	mu       sync.Mutex
	b        *Browser // nil after a failed reopen
	gen      int
	restarts int
	closed   bool
}

// NewResilient opens a first browser with open (for example a closure over
// Launch or Connect) and returns a Resilient browser around it. ctx bounds
// every browser it opens, so it must outlive the audit.
func NewResilient(ctx context.Context, open func(ctx context.Context) (*Browser, error)) (*Resilient, error) {
	b, err := open(ctx)
	if err != nil {
		return nil, err
	}
	return &Resilient{ctx: ctx, open: open, b: b}, nil
}

// Opener returns the factory for NewResilient: Connect to endpoint when it
// is set (--browser), else Launch.
func Opener(endpoint string, opt Options) func(ctx context.Context) (*Browser, error) {
	if endpoint == "" {
		return func(ctx context.Context) (*Browser, error) { return Launch(ctx, opt) }
	}
	return func(ctx context.Context) (*Browser, error) { return Connect(ctx, endpoint, opt) }
}

// Restarts returns how many times a lost browser was replaced.
func (r *Resilient) Restarts() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.restarts
}

// Close closes the current browser; later calls fail with ErrClosed.
func (r *Resilient) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil
	}
	r.closed = true
	if r.b == nil {
		return nil
	}
	b := r.b
	r.b = nil
	return b.Close()
}

// NewSession opens a session on the current browser, replacing the
// browser first when it is gone.
func (r *Resilient) NewSession(ctx context.Context, opt rendermap.SessionOptions) (rendermap.Session, error) {
	s := &resilientSession{r: r, opt: opt, gen: -1}
	if _, _, err := s.inner(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// current returns the browser and its generation, or nil when none is open.
func (r *Resilient) current() (*Browser, int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closed {
		return nil, r.gen, ErrClosed
	}
	return r.b, r.gen, nil
}

// recover is called after a failure on browser generation gen. It reports
// whether a newer browser is now in place: it opens one when that browser
// is dead, and leaves a live browser alone (the failure was the page's).
func (r *Resilient) recover(ctx context.Context, gen int) (bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.closed:
		return false, ErrClosed
	case gen != r.gen && r.b != nil:
		return true, nil
	case r.b != nil && alive(r.ctx, r.b):
		return false, nil
	}
	if r.b != nil {
		_ = r.b.Close() // kills what is left of a launched browser
		r.b = nil
	}
	b, err := r.reopen(ctx)
	if err != nil {
		return false, err
	}
	r.b, r.gen, r.restarts = b, r.gen+1, r.restarts+1
	return true, nil
}

// reopen calls the factory a few times with a growing pause. The browser
// lives on r.ctx; ctx only cuts the waiting short.
func (r *Resilient) reopen(ctx context.Context) (*Browser, error) {
	var err error
	for i := range reopenAttempts {
		if i > 0 {
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("reopen browser: %w (last error: %w)", ctx.Err(), err)
			case <-time.After(time.Duration(i) * reopenBackoff):
			}
		}
		var b *Browser
		if b, err = r.open(r.ctx); err == nil {
			return b, nil
		}
	}
	return nil, fmt.Errorf("reopen browser after %d attempts: %w", reopenAttempts, err)
}

// alive reports whether b still answers over DevTools.
func alive(ctx context.Context, b *Browser) bool {
	ctx, cancel := context.WithTimeout(ctx, aliveTimeout)
	defer cancel()
	_, err := proto.BrowserGetVersion{}.Call(b.rod.Context(ctx))
	return err == nil
}

// resilientSession is a session that moves to the new browser after a restart.
type resilientSession struct {
	r   *Resilient
	opt rendermap.SessionOptions

	mu  sync.Mutex
	s   rendermap.Session
	gen int // generation of the browser s belongs to
}

// Render loads url; when the browser was lost it renders once more on a
// new one. Errors of a live browser (a page that failed) are returned as is.
func (s *resilientSession) Render(ctx context.Context, url string) (*rendermap.Rendered, error) {
	inner, gen, err := s.inner(ctx)
	if err != nil {
		return nil, err
	}
	res, err := inner.Render(ctx, url)
	if err == nil || ctx.Err() != nil {
		return res, err
	}
	replaced, rerr := s.r.recover(ctx, gen)
	if rerr != nil {
		return nil, fmt.Errorf("%w; browser lost and not reopened: %w", err, rerr)
	}
	if !replaced {
		return nil, err
	}
	if inner, _, err = s.inner(ctx); err != nil {
		return nil, err
	}
	return inner.Render(ctx, url)
}

// Warm readies the session on the current browser for url.
func (s *resilientSession) Warm(ctx context.Context, url string) error {
	inner, _, err := s.inner(ctx)
	if err != nil {
		return err
	}
	rendermap.Warm(ctx, inner, url)
	return nil
}

// inner returns a session on the current browser, opening one when the
// browser changed (or reopening the browser when it is gone).
func (s *resilientSession) inner(ctx context.Context) (rendermap.Session, int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, gen, err := s.r.current()
	if err != nil {
		return nil, gen, err
	}
	if s.s != nil && s.gen == gen {
		return s.s, gen, nil
	}
	if s.s != nil {
		_ = s.s.Close() // belongs to a browser that is gone
		s.s = nil
	}
	err = errors.New("no browser open")
	if b != nil {
		if s.s, err = b.NewSession(ctx, s.opt); err == nil {
			s.gen = gen
			return s.s, gen, nil
		}
	}
	return s.retry(ctx, gen, err)
}

// retry replaces a lost browser and opens the session on the new one.
func (s *resilientSession) retry(ctx context.Context, gen int, cause error) (rendermap.Session, int, error) {
	replaced, err := s.r.recover(ctx, gen)
	if err != nil {
		return nil, gen, fmt.Errorf("new session: %w", err)
	}
	if !replaced {
		return nil, gen, cause
	}
	b, gen, err := s.r.current()
	if err != nil {
		return nil, gen, err
	}
	if s.s, err = b.NewSession(ctx, s.opt); err != nil {
		return nil, gen, err
	}
	s.gen = gen
	return s.s, gen, nil
}

// Close closes the session on the browser it belongs to.
func (s *resilientSession) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.s == nil {
		return nil
	}
	inner := s.s
	s.s = nil
	if _, gen, _ := s.r.current(); gen != s.gen {
		_ = inner.Close() // its browser is gone
		return nil
	}
	return inner.Close()
}

package chrome

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
)

var (
	_ rendermap.Browser = (*Browser)(nil)
	_ rendermap.Warmer  = (*Session)(nil)
)

// settle is how long the network must stay quiet before a page counts as
// loaded; maxSettleRounds bounds how often settling starts over because the
// page's scripts started more requests once the main thread was idle.
const (
	settle          = 100 * time.Millisecond
	maxSettleRounds = 5
)

// mainThreadIdleJS resolves when the page's main thread is idle: scripts
// that boot after the load event (a client-rendered app) have run and
// issued their requests by then, even on a busy machine.
const mainThreadIdleJS = `() => new Promise((r) => requestIdleCallback(() => r(true), {timeout: 2000}))`

// Session is one incognito browser context; its loads share cookies.
type Session struct {
	b       *rod.Browser
	owner   *Browser
	opt     rendermap.SessionOptions
	timeout time.Duration
	remote  *remote

	// cleared counts how often the session's browser context was cleared
	// for a new visitor before (see spare.go).
	cleared int

	mu         sync.Mutex
	cookiesSet bool
	idle       []*rod.Page // prepared tabs ready for the next render
	closed     bool
	failed     bool // a render failed: the session is not kept for reuse
}

// NewSession opens an incognito context with its own cookie jar and cache,
// or takes a closed session's context with its site data cleared (see
// spare.go): a new visitor either way.
func (b *Browser) NewSession(ctx context.Context, opt rendermap.SessionOptions) (rendermap.Session, error) {
	timeout := b.timeout
	if opt.Timeout > 0 {
		timeout = opt.Timeout
	}
	s := &Session{owner: b, opt: opt, timeout: timeout, remote: b.remote}
	if key, ok := spareKey(opt); ok {
		if sp := b.takeSpare(key); sp != nil {
			s.b, s.idle, s.cleared = sp.ctx, sp.idle, sp.cleared
			return s, nil
		}
	}
	inc, err := b.rod.Context(ctx).Incognito()
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	b.remote.track(inc.BrowserContextID)
	s.b = inc.Context(context.Background())
	return s, nil
}

// Close keeps the session for reuse when it can (see spare.go), or
// disposes of the incognito context and its pages.
func (s *Session) Close() error {
	s.mu.Lock()
	idle, failed := s.idle, s.failed
	s.closed, s.idle = true, nil
	s.mu.Unlock()
	if !failed && s.park(idle) {
		return nil
	}
	s.remote.forget(s.b.BrowserContextID)
	return proto.TargetDisposeBrowserContext{BrowserContextID: s.b.BrowserContextID}.Call(s.b)
}

// Render loads url in a tab of the session, waits until the load event and a
// short network quiet period, and returns what the page showed. Tabs are
// reused between renders (opening one costs about half a second); a tab
// whose render failed is closed instead.
func (s *Session) Render(ctx context.Context, url string) (*rendermap.Rendered, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	page, err := s.tab(ctx, url)
	if err != nil {
		return nil, err
	}
	r, err := s.load(page.Context(ctx), url)
	s.release(page, err == nil)
	return r, err
}

// Warm opens and prepares a tab for loading url and keeps it for the next
// Render, which then starts loading at once.
func (s *Session) Warm(ctx context.Context, url string) error {
	page, err := s.tab(ctx, url)
	if err != nil {
		return err
	}
	s.release(page, true)
	return nil
}

// tab returns an idle prepared tab, or opens and prepares a new one.
func (s *Session) tab(ctx context.Context, url string) (*rod.Page, error) {
	s.mu.Lock()
	if n := len(s.idle); n > 0 {
		p := s.idle[n-1]
		s.idle = s.idle[:n-1]
		s.mu.Unlock()
		return p, nil
	}
	s.mu.Unlock()
	page, err := s.b.Context(ctx).Page(proto.TargetCreateTarget{})
	if err != nil {
		return nil, fmt.Errorf("open tab: %w", err)
	}
	page = page.Context(context.Background())
	if err := s.prepare(page, url); err != nil {
		_ = page.Close()
		return nil, err
	}
	return page, nil
}

// release keeps a healthy tab for the next render and closes a failed one.
func (s *Session) release(page *rod.Page, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if ok && !s.closed {
		s.idle = append(s.idle, page)
		return
	}
	s.failed = s.failed || !ok
	_ = page.Close()
}

func (s *Session) prepare(page *rod.Page, url string) error {
	// Enable the Network domain for the tab's lifetime: rod's per-wait
	// enable/restore would otherwise disable it after the first render of a
	// reused tab, and later renders would see no network events.
	if err := (proto.NetworkEnable{}).Call(page); err != nil {
		return fmt.Errorf("enable network events: %w", err)
	}
	go dismissDialogs(page)()
	if len(s.opt.AllowOrigins) > 0 {
		guard, err := guardOrigins(page, s.opt.AllowOrigins)
		if err != nil {
			return fmt.Errorf("guard origins: %w", err)
		}
		go guard()
	}
	if _, err := page.EvalOnNewDocument(popupGuardJS); err != nil {
		return fmt.Errorf("install pop-up guard: %w", err)
	}
	if _, err := page.EvalOnNewDocument(observePaintJS); err != nil {
		return fmt.Errorf("install paint observer: %w", err)
	}
	if s.opt.UserAgent != "" {
		if err := page.SetUserAgent(&proto.NetworkSetUserAgentOverride{UserAgent: s.opt.UserAgent}); err != nil {
			return fmt.Errorf("set user agent: %w", err)
		}
	}
	if err := setHeaders(page, s.opt.Header); err != nil {
		return err
	}
	return s.setCookiesOnce(page, url)
}

func setHeaders(page *rod.Page, h http.Header) error {
	var dict []string
	for k, vs := range h {
		for _, v := range vs {
			dict = append(dict, k, v)
		}
	}
	if len(dict) == 0 {
		return nil
	}
	if _, err := page.SetExtraHeaders(dict); err != nil {
		return fmt.Errorf("set extra headers: %w", err)
	}
	return nil
}

func (s *Session) setCookiesOnce(page *rod.Page, url string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cookiesSet || len(s.opt.Cookies) == 0 {
		return nil
	}
	params := make([]*proto.NetworkCookieParam, 0, len(s.opt.Cookies))
	for _, c := range s.opt.Cookies {
		params = append(params, &proto.NetworkCookieParam{Name: c.Name, Value: c.Value, URL: url})
	}
	if err := page.SetCookies(params); err != nil {
		// The error text never includes cookie values.
		return fmt.Errorf("set %d cookies: %w", len(params), err)
	}
	s.cookiesSet = true
	return nil
}

func (s *Session) load(page *rod.Page, url string) (*rendermap.Rendered, error) {
	col := newCollector()
	stop := col.listen(page)
	defer stop()
	if err := page.Navigate(url); err != nil {
		return nil, fmt.Errorf("navigate %s: %w", url, err)
	}
	if err := page.WaitLoad(); err != nil {
		return nil, fmt.Errorf("wait for load of %s: %w", url, err)
	}
	if err := settleDown(page, col); err != nil {
		return nil, fmt.Errorf("wait for %s to settle: %w", url, err)
	}
	r, err := extract(page, s.opt.Fingerprint)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", url, err)
	}
	col.fill(r, url)
	r.Jar = s.jar()
	return r, nil
}

// dismissDialogs subscribes at once and returns the event loop to run: it
// answers alert, confirm and prompt with "cancel" and lets beforeunload leave.
func dismissDialogs(page *rod.Page) func() {
	return page.EachEvent(func(e *proto.PageJavascriptDialogOpening) {
		accept := e.Type == proto.PageDialogTypeBeforeunload
		go func() { _ = proto.PageHandleJavaScriptDialog{Accept: accept}.Call(page) }()
	})
}

// settleDown waits until the network has been quiet for settle and the
// main thread is idle with no request of the page's own in flight, starting
// over while the page's scripts keep fetching. Prefetches of other pages
// never hold it up, and a request stuck for stuckAfter stops counting. The
// idle check comes after the quiet period, not beside it: a response that
// just landed may still be on its way into the page's scripts.
func settleDown(page *rod.Page, col *collector) error {
	ctx := page.GetContext()
	for range maxSettleRounds {
		if err := col.waitQuiet(ctx, settle); err != nil {
			return err
		}
		if _, err := page.Eval(mainThreadIdleJS); err != nil {
			return err
		}
		if col.quiet(0) {
			return nil
		}
	}
	return nil
}

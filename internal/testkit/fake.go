package testkit

import (
	"context"
	"fmt"
	"maps"
	"net/http"
	"net/http/cookiejar"
	"sync"
	"time"

	"github.com/rendermap/rendermap"
)

var _ rendermap.Browser = (*FakeBrowser)(nil)

// FakeBrowser stands in for Chromium in the tests of packages that render
// pages; it implements rendermap.Browser and is safe for concurrent use.
// The zero value renders every URL as an empty 200 page. The maps script
// renders per URL; with Fetch set, a page is instead loaded over HTTP in
// the session's own cookie jar (see [FakeBrowser.Fetch]). It counts the
// sessions it opened and the renders of each URL.
type FakeBrowser struct {
	// Links maps a final URL to the links its page shows.
	Links map[string][]string
	// Status maps a URL to the status its render reports; 0 means 200.
	Status map[string]int
	// Fail maps a URL to the error its render returns.
	Fail map[string]error
	// Redirect maps a URL to the final URL its render reports.
	Redirect map[string]string
	// Throttle maps a URL to how many of its first renders answer 429 with
	// Retry-After: 0 before it renders normally.
	Throttle map[string]int
	// Fetch loads each page over HTTP instead of from the maps: status,
	// header, title and visible text of the document, a text block per
	// element with an id (outermost ones only), and the one script the fake
	// "runs": <script data-fetch="/api/x"> fetches that JSON and writes its
	// "text" into #app, recording the data request.
	Fetch bool
	// Delay is how long every render takes; a render ends early with the
	// context's error when ctx ends first.
	Delay time.Duration

	mu       sync.Mutex
	sessions []rendermap.SessionOptions
	renders  map[string]int
}

// NewSession opens a session with its own cookie jar.
func (b *FakeBrowser) NewSession(ctx context.Context, opt rendermap.SessionOptions) (rendermap.Session, error) {
	jar, _ := cookiejar.New(nil)
	b.mu.Lock()
	defer b.mu.Unlock()
	b.sessions = append(b.sessions, opt)
	s := &fakeSession{b: b, opt: opt, jar: fmt.Sprint("fake-", len(b.sessions))}
	s.client = &http.Client{Jar: jar, Timeout: opt.Timeout}
	return s, nil
}

// Sessions returns how many sessions were opened.
func (b *FakeBrowser) Sessions() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.sessions)
}

// Agent returns the User-Agent of the last session opened, or "".
func (b *FakeBrowser) Agent() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.sessions) == 0 {
		return ""
	}
	return b.sessions[len(b.sessions)-1].UserAgent
}

// Renders returns how often each URL was rendered (a copy).
func (b *FakeBrowser) Renders() map[string]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return maps.Clone(b.renders)
}

// RenderCount returns how many renders there were in all.
func (b *FakeBrowser) RenderCount() int {
	n := 0
	for _, c := range b.Renders() {
		n += c
	}
	return n
}

// count records a render of u and returns its number, from 1.
func (b *FakeBrowser) count(u string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.renders == nil {
		b.renders = map[string]int{}
	}
	b.renders[u]++
	return b.renders[u]
}

// fakeSession is one session of a FakeBrowser.
type fakeSession struct {
	b      *FakeBrowser
	opt    rendermap.SessionOptions
	client *http.Client
	jar    string
}

// Close does nothing: the session's jar goes with it.
func (s *fakeSession) Close() error { return nil }

// Render answers from the FakeBrowser's script, or over HTTP with Fetch.
func (s *fakeSession) Render(ctx context.Context, u string) (*rendermap.Rendered, error) {
	n := s.b.count(u)
	if err := wait(ctx, s.b.Delay); err != nil {
		return nil, err
	}
	if n <= s.b.Throttle[u] {
		return &rendermap.Rendered{URL: u, Status: http.StatusTooManyRequests, Header: http.Header{"Retry-After": {"0"}}, Jar: s.jar}, nil
	}
	if err := s.b.Fail[u]; err != nil {
		return nil, err
	}
	if s.b.Fetch {
		return s.fetch(ctx, u)
	}
	return s.scripted(u), nil
}

// scripted is the page the maps describe for u.
func (s *fakeSession) scripted(u string) *rendermap.Rendered {
	final := u
	if r := s.b.Redirect[u]; r != "" {
		final = r
	}
	st := s.b.Status[u]
	if st == 0 {
		st = http.StatusOK
	}
	return &rendermap.Rendered{URL: u, FinalURL: final, Status: st, Header: http.Header{}, Links: s.b.Links[final], Jar: s.jar}
}

// wait sleeps d unless ctx ends first. Without a delay it does not look
// at ctx: the fake's pages load at once.
func wait(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-tm.C:
		return nil
	}
}

package measure

import (
	"context"
	"fmt"
	"net/http"
	"slices"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
)

// workerSessions are the sessions a render worker reuses: anonymous A and
// B, and, made when first needed, one with another Accept-Language and one
// signed in with the user's credentials.
type workerSessions struct {
	a, b, lang, auth rendermap.Session
}

func (w *workerSessions) close() {
	for _, s := range []rendermap.Session{w.a, w.b, w.lang, w.auth} {
		if s != nil {
			_ = s.Close()
		}
	}
}

// prepareWorkers opens the anonymous sessions A and B of n render workers,
// the workers side by side, each session with a tab ready for url. The
// variant sessions are opened when a page first needs one (renderIn): a
// worker waiting for them would sit idle, and a site whose documents
// cannot vary by language needs none. It runs after the HTTP measurements,
// not beside them: opening tabs takes the CPU the timing samples need on a
// small machine, and overlapping the two gained nothing there (see docs).
// Each channel yields its worker's sessions once; a session that failed to
// open is nil, and the worker opens it again when it needs it.
func (m *measurer) prepareWorkers(ctx context.Context, n int, url string) []chan *workerSessions {
	out := make([]chan *workerSessions, n)
	for i := range out {
		out[i] = make(chan *workerSessions, 1)
		go func() { out[i] <- m.prepareWorker(ctx, url) }()
	}
	return out
}

func (m *measurer) prepareWorker(ctx context.Context, url string) *workerSessions {
	w := &workerSessions{}
	for _, slot := range []*rendermap.Session{&w.a, &w.b} {
		if s, err := m.session(ctx, nil, nil); err == nil {
			*slot = s
			rendermap.Warm(ctx, s, url)
		}
	}
	return w
}

// signedIn reports whether the user gave credentials for the signed-in variant.
func (m *measurer) signedIn() bool {
	return len(m.opt.Cookies) > 0 || len(m.opt.Header) > 0
}

// langHeader is the request header of the Accept-Language variant.
func (m *measurer) langHeader() http.Header {
	return http.Header{"Accept-Language": {m.opt.AcceptLanguage}}
}

func (m *measurer) session(ctx context.Context, cookies []*http.Cookie, h http.Header) (rendermap.Session, error) {
	s, err := m.opt.Browser.NewSession(ctx, rendermap.SessionOptions{
		Cookies: cookies, Header: h, UserAgent: m.opt.UserAgent, Timeout: m.opt.PageTimeout,
		AllowOrigins: m.opt.AllowOrigins,
	})
	if err != nil {
		return nil, fmt.Errorf("open browser session: %w", err)
	}
	return s, nil
}

func (m *measurer) ensureSessions(ctx context.Context, w *workerSessions) error {
	var err error
	if w.a == nil {
		if w.a, err = m.session(ctx, nil, nil); err != nil {
			return err
		}
	}
	if w.b == nil {
		w.b, err = m.session(ctx, nil, nil)
	}
	return err
}

// render loads p in session s with the page timeout.
func (m *measurer) render(ctx context.Context, s rendermap.Session, url string) (*rendermap.Rendered, error) {
	ctx, cancel := context.WithTimeout(ctx, m.opt.PageTimeout)
	defer cancel()
	r, err := s.Render(ctx, url)
	if err == nil && r == nil {
		err = fmt.Errorf("empty render")
	}
	if err != nil {
		return nil, fmt.Errorf("render %s: %w", url, err)
	}
	return r, nil
}

// singleLoad is true when session A's load is all a page needs: it is not
// the first page of its pattern (which gets every comparison), its document
// may be stored by a shared cache (so the site itself says it is the same
// for every visitor) and it made no data requests (nothing can differ
// after the document arrived). The pattern's first page still decides
// whether the pattern is personalized.
func (m *measurer) singleLoad(p *page, ra *rendermap.Rendered) bool {
	if p.variants {
		return false
	}
	data, _ := splitRequests(ra.Requests)
	return len(data) == 0 && httpcache.Explain(p.res.Status, p.header, m.opt.Now()).StorableShared
}

// variant is one extra load of a page in a differently configured session.
type variant struct {
	kind   string // "language" or "signed-in"
	blocks map[string]keyedBlock
}

// renderVariants loads url with another Accept-Language (unless the page
// cannot vary by language, see byLanguage) and, when the user gave
// credentials, signed in, in the worker's variant sessions. Failed variant
// loads are left out, and their session is dropped.
func (m *measurer) renderVariants(ctx context.Context, w *workerSessions, p *page) []variant {
	var out []variant
	url := p.res.URL
	if m.byLanguage(p) {
		if r, ok := m.renderIn(ctx, &w.lang, url, nil, m.langHeader()); ok {
			out = append(out, variant{kind: "language", blocks: keyBlocks(r)})
		}
	}
	if !m.signedIn() {
		return out
	}
	if r, ok := m.renderIn(ctx, &w.auth, url, m.opt.Cookies, m.opt.Header); ok {
		out = append(out, variant{kind: "signed-in", blocks: keyBlocks(r)})
	}
	return out
}

// byLanguage reports whether a page could vary by Accept-Language: a
// document a shared cache may store must say Vary: Accept-Language to do so
// (else every visitor would get the first language cached), so only such
// documents and the ones no shared cache may store are loaded in another
// language.
func (m *measurer) byLanguage(p *page) bool {
	c := httpcache.Explain(p.res.Status, p.header, m.opt.Now())
	return !c.StorableShared || slices.Contains(httpcache.FieldNames(c.Vary), "accept-language")
}

// renderIn loads url in *s, opening that session when it is nil and
// dropping it after a failed load.
func (m *measurer) renderIn(ctx context.Context, s *rendermap.Session, url string, cookies []*http.Cookie, h http.Header) (*rendermap.Rendered, bool) {
	if *s == nil {
		var err error
		if *s, err = m.session(ctx, cookies, h); err != nil {
			return nil, false
		}
	}
	r, err := m.render(ctx, *s, url)
	if err != nil {
		_ = (*s).Close()
		*s = nil
	}
	return r, err == nil
}

package measure

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/rendermap/rendermap"
)

// workerSessions are the two anonymous sessions a render worker reuses.
type workerSessions struct {
	a, b rendermap.Session
}

func (w *workerSessions) close() {
	for _, s := range []rendermap.Session{w.a, w.b} {
		if s != nil {
			_ = s.Close()
		}
	}
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

// renderPage loads p in session A, in session B and in the variant sessions
// (Accept-Language and signed-in, when variants is set). When any of them
// differs from A, it loads A again (A2): every block that changed between A
// and A2 changed over a window covering all the other loads, so it is
// volatility and excluded from the comparisons. Identical loads need no A2.
func (m *measurer) renderPage(ctx context.Context, w *workerSessions, p *page, variants bool) error {
	if err := m.ensureSessions(ctx, w); err != nil {
		return err
	}
	ra, err := m.render(ctx, w.a, p.res.URL)
	if err != nil {
		return err
	}
	rb, err := m.render(ctx, w.b, p.res.URL)
	if err != nil {
		return err
	}
	var vs []variant
	if variants {
		vs = m.renderVariants(ctx, p.res.URL)
	}
	ka, kb := keyBlocks(ra), keyBlocks(rb)
	volatile := map[string]bool{}
	if anyDiffers(ka, kb, vs) {
		ra2, err := m.render(ctx, w.a, p.res.URL)
		if err != nil {
			return err
		}
		volatile = changedKeys(ka, keyBlocks(ra2))
	}
	p.rendered = true
	p.diff = diffRenders(ka, kb, volatile)
	p.signals = sessionSignals(p.header)
	p.absorbRender(ra)
	p.res.ScriptOnlyFraction = scriptOnlyFraction(normalizeText(p.raw.Text), sharedText(ra, ka, kb, volatile))
	p.compareVariants(vs, ka, kb, volatile)
	p.res.Personalized = isPersonalized(p.diff, p.signals)
	p.res.DiffFraction = p.diff.Fraction
	return nil
}

// sharedText is the normalized rendered text without the blocks that differ
// between sessions or over time: the raw HTML was fetched as yet another
// visitor, so those blocks would look script-only. Without blocks it is the
// page's whole text.
func sharedText(r *rendermap.Rendered, ka, kb map[string]keyedBlock, volatile map[string]bool) string {
	if len(r.Blocks) == 0 {
		return normalizeText(r.Text)
	}
	skip := changedKeys(ka, kb)
	var parts []string
	for _, k := range unionKeys(ka, nil) {
		if !skip[k] && !volatile[k] {
			parts = append(parts, ka[k].text)
		}
	}
	return strings.Join(parts, " ")
}

// anyDiffers reports whether B or a variant differs from A in any block.
func anyDiffers(ka, kb map[string]keyedBlock, vs []variant) bool {
	if len(changedKeys(ka, kb)) > 0 {
		return true
	}
	for _, v := range vs {
		if len(changedKeys(ka, v.blocks)) > 0 {
			return true
		}
	}
	return false
}

// absorbRender records client rendering and timing of the first render.
func (p *page) absorbRender(r *rendermap.Rendered) {
	p.res.Title = truncate(r.Title, 200)
	p.requests = r.Requests
	t := r.Timing
	p.res.Timing = &t
	p.res.FCPMS, p.res.LCPMS = round3(t.FCPMS), round3(t.LCPMS)
}

// variant is one extra load of a page in a differently configured session.
type variant struct {
	kind   string // "language" or "signed-in"
	blocks map[string]keyedBlock
}

// renderVariants loads url with another Accept-Language and, when the user
// gave credentials, signed in. Failed variant loads are left out.
func (m *measurer) renderVariants(ctx context.Context, url string) []variant {
	var out []variant
	lang := http.Header{"Accept-Language": {m.opt.AcceptLanguage}}
	if r, ok := m.renderOnce(ctx, url, nil, lang); ok {
		out = append(out, variant{kind: "language", blocks: keyBlocks(r)})
	}
	if len(m.opt.Cookies) == 0 && len(m.opt.Header) == 0 {
		return out
	}
	if r, ok := m.renderOnce(ctx, url, m.opt.Cookies, m.opt.Header); ok {
		out = append(out, variant{kind: "signed-in", blocks: keyBlocks(r)})
	}
	return out
}

func (m *measurer) renderOnce(ctx context.Context, url string, cookies []*http.Cookie, h http.Header) (*rendermap.Rendered, bool) {
	s, err := m.session(ctx, cookies, h)
	if err != nil {
		return nil, false
	}
	defer s.Close()
	r, err := m.render(ctx, s, url)
	return r, err == nil
}

// compareVariants adds variant signals. The language variant is compared
// only on blocks that are equal between anonymous sessions; a signed-in
// difference counts as personalization.
func (p *page) compareVariants(vs []variant, ka, kb map[string]keyedBlock, volatile map[string]bool) {
	perSession := changedKeys(ka, kb)
	for k := range volatile {
		perSession[k] = true
	}
	for _, v := range vs {
		switch v.kind {
		case "language":
			if d := diffRenders(ka, v.blocks, perSession); d.Fraction >= PersonalizedThreshold {
				p.signals = append(p.signals, fmt.Sprintf("content varies by Accept-Language (%.0f%% differs)", d.Fraction*100))
			}
		case "signed-in":
			d := diffRenders(ka, v.blocks, volatile)
			if d.Fraction > 0 {
				p.signals = append(p.signals, fmt.Sprintf("signed-in session differs (%.0f%%)", d.Fraction*100))
			}
			if d.Fraction > p.diff.Fraction {
				p.diff = d
			}
		}
	}
}

package measure

import (
	"context"
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/text"
)

// maxComparisons bounds how often one page's session comparison is tried.
const maxComparisons = 2

// comparison is one set of loads of a page: anonymous sessions A and B,
// the variants, and A again (A2) when anything differed from A.
type comparison struct {
	ra, rb, ra2 *rendermap.Rendered
	vs          []variant
	ka, kb      map[string]keyedBlock
	volatile    map[string]bool
	// single is set when A alone was loaded (see singleLoad).
	single bool
}

// renderPage compares p's loads across sessions. A comparison whose loads
// are unusable (an error or blank page, or a session that did not survive
// between A and A2) is redone with fresh sessions, never turned into a
// fraction; when it stays unusable the page is not compared.
func (m *measurer) renderPage(ctx context.Context, w *workerSessions, p *page, variants bool) error {
	for attempt := 1; ; attempt++ {
		c, err := m.compare(ctx, w, p, variants)
		if err != nil {
			return err
		}
		fault := c.fault(p)
		if fault == "" || attempt == maxComparisons {
			p.absorbComparison(c, fault)
			return nil
		}
		p.redone++
		w.close()
		*w = workerSessions{}
	}
}

// compare loads p in session A, in session B (or takes discovery's load
// of it instead, see earlierB) and in the variant sessions
// (Accept-Language and signed-in, when variants is set). When any of them
// differs from A, it loads A again (A2): every block that changed between A
// and A2 changed over a window covering all the other loads, so it is
// volatility and excluded from the comparisons. Identical loads need no A2.
func (m *measurer) compare(ctx context.Context, w *workerSessions, p *page, variants bool) (comparison, error) {
	var c comparison
	if err := m.ensureSessions(ctx, w); err != nil {
		return c, err
	}
	var err error
	if c.ra, err = m.render(ctx, w.a, p.res.URL); err != nil {
		return c, err
	}
	if m.singleLoad(p, c.ra) {
		c.single = true
		return c, nil
	}
	c.ka = keyBlocks(c.ra)
	if c.rb, err = m.loadB(ctx, w, p, c); err != nil {
		return c, err
	}
	if variants {
		c.vs = m.renderVariants(ctx, w, p)
	}
	c.kb, c.volatile = keyBlocks(c.rb), map[string]bool{}
	if anyDiffers(c.ka, c.kb, c.vs) {
		if c.ra2, err = m.render(ctx, w.a, p.res.URL); err != nil {
			return c, err
		}
		c.volatile = changedKeys(c.ka, keyBlocks(c.ra2))
	}
	return c, nil
}

// loadB returns session B's load of p: discovery's when it can stand in
// for one (earlierB), else a new load in B.
func (m *measurer) loadB(ctx context.Context, w *workerSessions, p *page, c comparison) (*rendermap.Rendered, error) {
	if r := m.earlierB(p, c.ra, c.ka); r != nil {
		return r, nil
	}
	return m.render(ctx, w.b, p.res.URL)
}

// earlierB returns discovery's load of p when it can stand in for session
// B's: it was made in another cookie jar, with A's status and final URL,
// and shows the same text blocks as A's load (ka). A page that showed two
// visitors the same, seconds apart, needs no third load to say so. A page
// that differed is loaded in B as usual, close in time to A, so that A2
// can tell a change over time from a difference between visitors.
func (m *measurer) earlierB(p *page, ra *rendermap.Rendered, ka map[string]keyedBlock) *rendermap.Rendered {
	r := m.opt.Earlier.Get(p.res.URL)
	switch {
	case r == nil, r.Jar == "", r.Jar == ra.Jar, r.Status != ra.Status, r.FinalURL != ra.FinalURL, blank(r):
		return nil
	case len(changedKeys(ka, keyBlocks(r))) > 0:
		return nil
	}
	return r
}

// fault says why a comparison cannot be trusted, or "" when it can: a load
// came back as an error while the page answered plain HTTP, a load came
// back blank while the raw HTML has text, A2 ran in another cookie jar than
// A (the browser was lost in between), or A and B shared one.
func (c comparison) fault(p *page) string {
	if c.single {
		return ""
	}
	for _, r := range []*rendermap.Rendered{c.ra, c.rb, c.ra2} {
		switch {
		case r == nil:
		case r.Status >= 400 && p.res.Status < 400:
			return fmt.Sprintf("a session loaded status %d", r.Status)
		case blank(r) && p.raw.Text != "":
			return "a session loaded a blank page"
		}
	}
	switch {
	case c.ra2 != nil && c.ra2.Jar != c.ra.Jar:
		return "session A was lost between its two loads"
	case c.ra.Jar != "" && c.ra.Jar == c.rb.Jar:
		return "sessions A and B shared a cookie jar"
	}
	return ""
}

func blank(r *rendermap.Rendered) bool {
	return len(r.Blocks) == 0 && strings.TrimSpace(r.Text) == ""
}

// absorbComparison records what the comparison found; a faulty one keeps
// only the first load's client rendering and timing.
func (p *page) absorbComparison(c comparison, fault string) {
	p.rendered = true
	p.absorbRender(c.ra, c.rb, c.ra2)
	p.observeLoads(c.ra, c.rb, c.ra2)
	p.signals = sessionSignals(p.header)
	if c.single {
		p.singleLoad = true
		p.res.ScriptOnlyFraction = scriptOnlyFraction(p.rawText, normalizeText(c.ra.Text))
		return
	}
	if fault != "" {
		p.compareFault = fault
		p.res.ScriptOnlyFraction = scriptOnlyFraction(p.rawText, sharedText(c.ra, c.ka, c.ka, nil))
		return
	}
	p.diff = diffRenders(c.ka, c.kb, c.volatile)
	p.guardIsland(c)
	p.res.ScriptOnlyFraction = p.scriptOnly(c)
	p.compareVariants(c.vs, c.ka, c.kb, c.volatile)
	p.res.Personalized = isPersonalized(p.diff, p.signals)
	p.res.DiffFraction = p.diff.Fraction
}

// scriptOnly is the share of rendered text missing from the raw HTML. Text
// that differs between sessions or loads is left out when the page gave a
// session signal (the raw HTML, fetched as another visitor, would lack a
// personalized block's words as well); without one, the whole text counts,
// so data that changes on every request and exists only after scripts run
// (a client-rendered dashboard) is not left out.
func (p *page) scriptOnly(c comparison) float64 {
	raw := p.rawText
	frac := scriptOnlyFraction(raw, sharedText(c.ra, c.ka, c.kb, c.volatile))
	if !strongSignal(p.signals) {
		frac = max(frac, scriptOnlyFraction(raw, normalizeText(c.ra.Text)))
	}
	return frac
}

// guardIsland keeps a page that set a session cookie from being called an
// island on weak evidence: when leaving out the blocks that changed between
// A and A2 removed more than half of the difference between visitors, the
// per-visitor blocks and the changing ones are the same blocks, which is
// personalization, so the difference is counted whole.
func (p *page) guardIsland(c comparison) {
	if len(c.volatile) == 0 || !strongSignal(p.signals) {
		return
	}
	whole := diffRenders(c.ka, c.kb, nil)
	if whole.Fraction > 2*p.diff.Fraction {
		p.diff = whole
	}
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

// absorbRender records client rendering and timing of the first render,
// and the requests any of the loads made (a load under a busy machine may
// be read before a late fetch starts).
func (p *page) absorbRender(r *rendermap.Rendered, others ...*rendermap.Rendered) {
	p.res.Title = text.Truncate(r.Title, 200)
	p.requests = unionRequests(append([]*rendermap.Rendered{r}, others...))
	data, _ := splitRequests(r.Requests)
	p.setDataURLs(dataURLs(p.res.URL, data))
	t := r.Timing
	p.res.Timing = &t
	p.res.FCPMS, p.res.LCPMS = round3(t.FCPMS), round3(t.LCPMS)
}

// unionRequests joins the requests of several loads, one per URL.
func unionRequests(rs []*rendermap.Rendered) []rendermap.DataRequest {
	var out []rendermap.DataRequest
	seen := map[string]bool{}
	for _, r := range rs {
		if r == nil {
			continue
		}
		for _, q := range r.Requests {
			if !seen[q.URL] {
				seen[q.URL] = true
				out = append(out, q)
			}
		}
	}
	return out
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

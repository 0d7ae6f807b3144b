package crawl

import "github.com/rendermap/rendermap"

// maxEvidencePages bounds the rendered pages whose template evidence one
// discovery keeps (about 0.5 KB each).
const maxEvidencePages = 50_000

// keepEvidence records what a rendered page showed about its template,
// under the URL rendered and, after a redirect, its final URL too.
func (d *discovery) keepEvidence(u string, r *rendermap.Rendered) {
	e := newEvidence(r)
	if !e.known() {
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.evidence) >= maxEvidencePages {
		return
	}
	d.evidence[u] = e
	if f, err := Normalize(r.FinalURL, nil); err == nil && f != u && r.FinalURL != "" {
		d.evidence[f] = e
	}
}

// evidenceSnapshot returns a copy of the evidence kept so far.
func (d *discovery) evidenceSnapshot() map[string]pageEvidence {
	d.mu.Lock()
	defer d.mu.Unlock()
	out := make(map[string]pageEvidence, len(d.evidence))
	for u, e := range d.evidence {
		out[u] = e
	}
	return out
}

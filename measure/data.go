package measure

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/text"
)

// maxDataURLs caps the data requests of one page that are re-fetched.
const maxDataURLs = 5

// splitRequests keeps the data requests and counts the navigation ones.
func splitRequests(reqs []rendermap.DataRequest) (data []rendermap.DataRequest, nav int) {
	for _, r := range reqs {
		if rendermap.IsNavigation(r) {
			nav++
			continue
		}
		data = append(data, r)
	}
	return data, nav
}

// dataURLs picks the data requests worth re-fetching: successful GETs on
// the page's own origin, at most maxDataURLs, sorted.
func dataURLs(pageURL string, reqs []rendermap.DataRequest) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	var out []string
	for _, r := range reqs {
		u, err := url.Parse(r.URL)
		if err != nil || u.Host != base.Host || u.Scheme != base.Scheme || r.Status >= 400 || (r.Method != "" && r.Method != "GET") {
			continue
		}
		out = text.AppendUnique(out, r.URL)
	}
	sort.Strings(out)
	if len(out) > maxDataURLs {
		out = out[:maxDataURLs]
	}
	return out
}

// observeData fetches a page's data requests, records each one's server
// time and one observation of their normalized bodies together. A failed
// fetch spoils the observation, which is then dropped.
func (m *measurer) observeData(ctx context.Context, p *page, urls []string) {
	var texts []string
	var raw []byte
	var at = m.opt.Now()
	for i, u := range urls {
		r, err := m.get(ctx, u, m.cookieHeader(p), true, m.opt.MaxBodyBytes)
		if err != nil || r.Status >= 400 {
			return
		}
		if i == 0 {
			at = r.At
		}
		p.addDataServer(u, r.Server, perVisitor(r.Header))
		texts, raw = append(texts, normalizeText(string(r.Body))), append(raw, r.Body...)
	}
	p.addDataObservation(newObservation(at, strings.Join(texts, "\n"), raw))
}

// perVisitor reports a response meant for one visitor: Cache-Control
// private, Vary: Cookie or a Set-Cookie.
func perVisitor(h http.Header) bool {
	return httpcache.ParseCacheControl(h.Values("Cache-Control")).Private || len(h.Values("Set-Cookie")) > 0 ||
		httpcache.Varies(h, "cookie")
}

package measure

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/text"
)

// summarize fills r's evidence from its measured pages.
func (m *measurer) summarize(r *rendermap.Route, pages []*page, stamps map[string]bool) {
	var ev rendermap.Evidence
	var ok []*page
	var ttfb, srv, rtt []float64
	for _, p := range pages {
		ev.Pages = append(ev.Pages, p.res)
		if p.res.Error == "" {
			ev.URLsSampled++
		}
		if !p.httpFailed && p.header != nil {
			ok = append(ok, p)
			ttfb, srv, rtt = append(ttfb, p.res.TTFBMS...), append(srv, p.res.ServerMS...), append(rtt, p.res.RTTMS...)
		}
	}
	sort.Slice(ev.Pages, func(i, j int) bool { return ev.Pages[i].URL < ev.Pages[j].URL })
	ev.TTFB, ev.Server, ev.Network = Summarize(ttfb), Summarize(srv), statsOrNil(rtt)
	ev.CDN = routeCDN(ok)
	ev.Cache = m.routeCache(ok, ev.CDN)
	ev.Personalized = routePersonalization(ok)
	ev.ClientRender = routeClientRender(ok)
	ev.Volatility = routeVolatility(ok, m.opt.Now(), clientRendered(ev.ClientRender), stamps)
	ev.Browser = browserTiming(ok)
	ev.Framework, ev.Platform = routeDetections(ok)
	ev.Current = InferCurrent(ev, signals(ok))
	r.Evidence = ev
}

// routeCache explains the first measured page's response and adds route-level notes.
func (m *measurer) routeCache(ok []*page, cdn rendermap.CDN) rendermap.Cache {
	if len(ok) == 0 {
		return rendermap.Cache{Verdict: "unknown", FreshnessSource: "none", Notes: []rendermap.Note{{
			Severity: "error", Code: "no-response", Message: "No sampled URL answered, so cacheability is unknown."}}}
	}
	rep := ok[0]
	c := httpcache.Explain(rep.res.Status, rep.header, m.opt.Now())
	c.Validators = rep.res.Validators
	notes := httpcache.Notes(c.Notes)
	if strings.Contains(c.Validators, "ignored") {
		notes.Add("warn", "validator-ignored", "A conditional re-request got a full response instead of 304, so revalidation saves nothing.")
	}
	for _, p := range ok[1:] {
		if strings.Join(p.header.Values("Cache-Control"), ", ") != c.CacheControl {
			notes.Add("warn", "cache-control-varies", "Sampled URLs of this pattern send different Cache-Control headers; the first URL's is shown.")
		}
	}
	cdnNotes(&notes, cdn)
	if ageGrows(ok) {
		notes.Add("info", "age-grows", "Age grew across repeated requests, so a shared cache is serving this pattern.")
	}
	c.Notes = notes.Sorted()
	return c
}

// cdnNotes explains edge answers that skip the cache.
func cdnNotes(notes *httpcache.Notes, cdn rendermap.CDN) {
	n := total(cdn.Statuses)
	if d := cdn.Statuses[httpcache.StatusDynamic]; d > 0 {
		notes.Add("warn", "cdn-dynamic", fmt.Sprintf("%s answered DYNAMIC on %d of %d fetches: it does not cache this HTML whatever Cache-Control says (Cloudflare caches HTML only under a Cache Rule).", cdn.Provider, d, n))
	}
	if b := cdn.Statuses[httpcache.StatusBypass]; b > 0 {
		notes.Add("warn", "cdn-bypass", fmt.Sprintf("%s answered BYPASS on %d of %d fetches: it skipped its cache for these requests (a cookie, Authorization, a no-cache rule or a crawler User-Agent), so they reached the origin.", cdn.Provider, b, n))
	}
}

// ageGrows reports whether Age increased between fetches of any page.
func ageGrows(ok []*page) bool {
	for _, p := range ok {
		var last int64 = -1
		for _, f := range p.fetches {
			if f.ageKnown && last >= 0 && f.age > last {
				return true
			}
			if f.ageKnown {
				last = f.age
			}
		}
	}
	return false
}

// signals gathers the facts InferCurrent reads from the pages' fetches.
func signals(ok []*page) Signals {
	sig := NoSignals
	for _, p := range ok {
		sig.NextjsCache = sig.NextjsCache || p.header.Get("X-Nextjs-Cache") != "" || p.header.Get("X-Nextjs-Prerender") != ""
		for _, f := range p.fetches {
			switch {
			case !f.ageKnown || f.warmup:
			case f.status == httpcache.StatusHit:
				sig.MaxHitAge = max(sig.MaxHitAge, f.age)
			case f.status == httpcache.StatusStale && (sig.MinStaleAge < 0 || f.age < sig.MinStaleAge):
				sig.MinStaleAge = f.age
			}
		}
	}
	return sig
}

// routeCDN counts normalized statuses and splits sample TTFB into edge
// (HIT, STALE) and origin (everything else).
func routeCDN(ok []*page) rendermap.CDN {
	var c rendermap.CDN
	var edge, origin []float64
	for _, p := range ok {
		if c.Provider == "" {
			c.Provider = p.provider
		}
		for _, f := range p.fetches {
			if f.status == "" {
				continue
			}
			if c.Statuses == nil {
				c.Statuses = map[string]int{}
			}
			c.Statuses[f.status]++
			switch {
			case f.warmup || f.untimed:
			case f.status == httpcache.StatusHit || f.status == httpcache.StatusStale:
				edge = append(edge, f.ttfb)
			default:
				origin = append(origin, f.ttfb)
			}
		}
	}
	if c.Provider != "nextjs" { // an origin cache: no edge to split by
		c.EdgeTTFB, c.OriginTTFB = statsOrNil(edge), statsOrNil(origin)
	}
	return c
}

func statsOrNil(xs []float64) *rendermap.Stats {
	if len(xs) == 0 {
		return nil
	}
	s := Summarize(xs)
	return &s
}

// routePersonalization: a pattern is personalized when at least half of its
// compared pages are; pages whose comparison could not be trusted are left
// out, and a pattern with none left is unmeasured.
func routePersonalization(ok []*page) rendermap.Personalization {
	var out rendermap.Personalization
	var fracs []float64
	yes := 0
	rendered := 0
	for _, p := range ok {
		for _, s := range p.signals {
			out.Signals = text.AppendUnique(out.Signals, s)
		}
		out.Redone += p.redone
		if !p.rendered {
			for _, s := range sessionSignals(p.header) {
				out.Signals = text.AppendUnique(out.Signals, s)
			}
			continue
		}
		if p.singleLoad {
			continue // loaded in session A only; the pattern's first page was compared
		}
		rendered++
		if p.compareFault != "" {
			out.Signals = text.AppendUnique(out.Signals, "not compared: "+p.compareFault)
			continue
		}
		out.Compared++
		fracs = append(fracs, p.diff.Fraction)
		if p.res.Personalized {
			yes++
			out.Where = append(out.Where, p.diff.Where...)
			out.Excerpt = firstNonEmpty(out.Excerpt, p.diff.Excerpt)
		}
	}
	out.Personalized = yes > 0 && 2*yes >= len(fracs)
	out.Unmeasured = rendered > 0 && out.Compared == 0
	out.DiffFraction = Summarize(fracs).P50
	out.Where = capStrings(sortedUnique(out.Where), 10)
	sort.Strings(out.Signals)
	return out
}

func capStrings(xs []string, n int) []string {
	if len(xs) > n {
		return xs[:n]
	}
	return xs
}

// routeClientRender takes the median script-only fraction, the union of
// empty mounts and of data requests (navigation prefetches only counted),
// each data request with the median server time of its re-fetches.
func routeClientRender(ok []*page) rendermap.ClientRender {
	var out rendermap.ClientRender
	var fracs []float64
	seen := map[string]int{}
	server := map[string][]float64{}
	for _, p := range ok {
		out.EmptyMounts = append(out.EmptyMounts, p.raw.EmptyMounts...)
		if p.rendered {
			fracs = append(fracs, p.res.ScriptOnlyFraction)
		}
		data, nav := splitRequests(p.requests)
		out.NavigationRequests += nav
		for _, r := range data {
			u := requestPattern(r.URL)
			server[u] = append(server[u], p.dataServer[r.URL]...)
			if _, dup := seen[u]; !dup {
				seen[u] = len(out.DataRequests)
				out.DataRequests = append(out.DataRequests, rendermap.DataRequest{URL: u, Status: r.Status, DurationMS: round3(r.DurationMS)})
			}
			out.DataRequests[seen[u]].Private = out.DataRequests[seen[u]].Private || p.dataPrivate[r.URL]
		}
	}
	for u, i := range seen {
		out.DataRequests[i].ServerMS = Summarize(server[u]).P50
	}
	out.ScriptOnlyFraction = Summarize(fracs).P50
	out.EmptyMounts = sortedUnique(out.EmptyMounts)
	sort.Slice(out.DataRequests, func(i, j int) bool { return out.DataRequests[i].URL < out.DataRequests[j].URL })
	if len(out.DataRequests) > 20 {
		out.DataRequests = out.DataRequests[:20]
	}
	return out
}

var idSegment = regexp.MustCompile(`^[0-9]+$|^[0-9a-fA-F-]{16,}$`)

// requestPattern turns a data request URL into a pattern: id-like path
// segments become [id] and query values are dropped.
func requestPattern(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return text.Truncate(raw, 200)
	}
	segs := strings.Split(u.Path, "/")
	for i, s := range segs {
		if idSegment.MatchString(s) {
			segs[i] = "[id]"
		}
	}
	out := u.Scheme + "://" + u.Host + strings.Join(segs, "/")
	if keys := queryKeys(u.Query()); len(keys) > 0 {
		out += "?" + strings.Join(keys, "=&") + "="
	}
	return out
}

func queryKeys(q url.Values) []string {
	var keys []string
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// browserTiming summarizes Navigation Timing and paint metrics of rendered pages.
func browserTiming(ok []*page) *rendermap.BrowserTiming {
	var ttfb, fcp, lcp []float64
	for _, p := range ok {
		if t := p.res.Timing; t != nil {
			ttfb, fcp, lcp = append(ttfb, t.TTFBMS), append(fcp, t.FCPMS), append(lcp, t.LCPMS)
		}
	}
	if len(ttfb) == 0 {
		return nil
	}
	return &rendermap.BrowserTiming{TTFB: Summarize(ttfb), FCP: Summarize(fcp), LCP: Summarize(lcp)}
}

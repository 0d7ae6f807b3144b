package measure

import (
	"fmt"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/text"
)

// StaticFreshness is the shared freshness lifetime from which a cached
// route counts as static rather than ISR (30 days).
const StaticFreshness = 30 * 86400

// ClientFraction is the script-only fraction from which a route with an
// empty mount node and data requests counts as client-rendered.
const ClientFraction = 0.5

// Signals are the response facts InferCurrent reads beside the evidence.
type Signals struct {
	// NextjsCache is true when the origin sent x-nextjs-cache or
	// x-nextjs-prerender: Next.js served the page from its prerender cache.
	NextjsCache bool
	// MaxHitAge is the largest Age of a response a cache served fresh (HIT),
	// MinStaleAge the smallest Age of one it served stale; -1 when none.
	MaxHitAge, MinStaleAge int64
}

// NoSignals is the Signals value of a response with none of them.
var NoSignals = Signals{MaxHitAge: -1, MinStaleAge: -1}

// edgeProviders are the caches in front of an origin; "nextjs" is not one.
var edgeProviders = map[string]bool{"cloudflare": true, "vercel": true, "netlify": true, "fastly": true,
	"akamai": true, "cloudfront": true, "varnish": true, "nginx": true}

// InferCurrent infers how a route is served today from its evidence and
// signals; the rules are listed in the package documentation.
func InferCurrent(ev rendermap.Evidence, sig Signals) rendermap.Current {
	c := ev.Cache
	lines := evidenceLines(ev, sig)
	switch {
	case clientRendered(ev.ClientRender):
		return current(rendermap.Client, 0, append(lines, clientLine(ev.ClientRender)))
	case c.Verdict == "unknown":
		return current("", 0, lines)
	case edgeRefuses(ev.CDN) && !sig.NextjsCache:
		return current(rendermap.SSR, 0, append(lines, ev.CDN.Provider+" does not cache this HTML (DYNAMIC or BYPASS on every fetch), so every request reaches the origin whatever Cache-Control says"))
	case sig.MinStaleAge >= 0:
		t := intervalFromAges(sig.MaxHitAge, sig.MinStaleAge)
		return current(rendermap.ISR, t, append(lines, fmt.Sprintf("served stale at age %d s and fresh up to age %d s: regenerated about every %d s", sig.MinStaleAge, max(sig.MaxHitAge, 0), t)))
	case sig.NextjsCache:
		return nextjsCurrent(c, lines)
	}
	return byHeaders(ev, lines)
}

// byHeaders infers the strategy from the document's cacheability alone.
func byHeaders(ev rendermap.Evidence, lines []string) rendermap.Current {
	c := ev.Cache
	switch {
	case !c.StorableShared:
		return current(rendermap.SSR, 0, lines)
	case c.FreshnessSource == "heuristic" || c.FreshnessSeconds >= StaticFreshness:
		return current(rendermap.Static, 0, lines)
	case c.FreshnessSeconds > 0:
		return current(rendermap.ISR, c.FreshnessSeconds, lines)
	case hits(ev.CDN) > 0:
		return current(rendermap.Static, 0, append(lines, "revalidated on every request but served from the CDN cache"))
	}
	return current(rendermap.SSR, 0, append(lines, "shared caches must revalidate every request with the origin"))
}

// nextjsCurrent: Next.js served the page from its prerender cache, so it is
// prerendered whatever a proxy did to Cache-Control: isr when a finite
// lifetime under 30 days is declared, static otherwise.
func nextjsCurrent(c rendermap.Cache, lines []string) rendermap.Current {
	if c.FreshnessSeconds > 0 && c.FreshnessSeconds < StaticFreshness && c.FreshnessSource != "heuristic" {
		return current(rendermap.ISR, c.FreshnessSeconds, lines)
	}
	return current(rendermap.Static, 0, append(lines, "Next.js serves it from its prerender cache"))
}

// edgeRefuses is true when an edge cache answered every fetch with DYNAMIC
// or BYPASS: it does not store this document.
func edgeRefuses(cdn rendermap.CDN) bool {
	n := cdn.Statuses[httpcache.StatusDynamic] + cdn.Statuses[httpcache.StatusBypass]
	return edgeProviders[cdn.Provider] && n > 0 && n == total(cdn.Statuses)
}

// niceIntervals are the revalidate intervals people configure, in seconds.
var niceIntervals = []int64{1, 2, 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900, 1200, 1800, 3600,
	7200, 10800, 21600, 43200, 86400}

// intervalFromAges estimates a cache's revalidate interval T from ages in
// whole seconds: a fresh hit at age h means T > h, a stale answer at age s
// means T ≤ s. It returns the largest configured-looking interval in
// (h, s], else s.
func intervalFromAges(maxHit, minStale int64) int64 {
	best := int64(0)
	for _, t := range niceIntervals {
		if t > maxHit && t <= minStale {
			best = t
		}
	}
	if best == 0 {
		return max(minStale, 1)
	}
	return best
}

// clientRendered is the client rule: most text appears only after scripts
// run, from data requests (an empty mount node is supporting evidence; the
// Next.js App Router has none).
func clientRendered(cr rendermap.ClientRender) bool {
	return cr.ScriptOnlyFraction >= ClientFraction && len(cr.DataRequests) > 0
}

// clientLine states the client-rendering evidence.
func clientLine(cr rendermap.ClientRender) string {
	s := fmt.Sprintf("%.0f%% of the rendered text exists only after scripts run, from %s", cr.ScriptOnlyFraction*100, cr.DataRequests[0].URL)
	if len(cr.EmptyMounts) > 0 {
		s += ", mounted into " + cr.EmptyMounts[0]
	}
	return s
}

func current(s rendermap.Strategy, revalidate int64, evidence []string) rendermap.Current {
	if evidence == nil {
		evidence = []string{}
	}
	return rendermap.Current{Strategy: s, RevalidateSeconds: revalidate, Evidence: evidence}
}

func hits(c rendermap.CDN) int {
	return c.Statuses[httpcache.StatusHit] + c.Statuses[httpcache.StatusStale]
}

// evidenceLines states the facts behind the inference, in a fixed order.
func evidenceLines(ev rendermap.Evidence, sig Signals) []string {
	c := ev.Cache
	var out []string
	if c.CacheControl != "" {
		out = append(out, "cache-control: "+text.Truncate(c.CacheControl, 120))
	}
	out = append(out, "cache verdict: "+c.Verdict)
	if c.FreshnessSeconds > 0 {
		out = append(out, fmt.Sprintf("fresh for %d s in shared caches (%s)", c.FreshnessSeconds, c.FreshnessSource))
	}
	if c.StaleWhileRevalidateSeconds > 0 {
		out = append(out, fmt.Sprintf("stale-while-revalidate %d s", c.StaleWhileRevalidateSeconds))
	}
	if c.SetCookie {
		out = append(out, "sets a cookie")
	}
	if c.Validators != "" {
		out = append(out, "validators: "+c.Validators)
	}
	if sig.NextjsCache {
		out = append(out, "x-nextjs-cache or x-nextjs-prerender header (Next.js prerender cache)")
	}
	if ev.CDN.Provider != "" {
		out = append(out, fmt.Sprintf("cdn %s: %d of %d fetches served from cache", ev.CDN.Provider, hits(ev.CDN), total(ev.CDN.Statuses)))
	}
	if ev.Personalized.Personalized {
		out = append(out, fmt.Sprintf("personalized: %.0f%% of the text differs between visitors", ev.Personalized.DiffFraction*100))
	}
	if v := ev.Volatility; v.ChangedOnRecheck > 0 {
		out = append(out, fmt.Sprintf("%d of %d pages changed on recheck", v.ChangedOnRecheck, v.Rechecked))
	}
	return out
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

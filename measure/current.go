package measure

import (
	"fmt"

	"github.com/rendermap/rendermap"
)

// StaticFreshness is the shared freshness lifetime from which a cached
// route counts as static rather than ISR (30 days).
const StaticFreshness = 30 * 86400

// ClientFraction is the script-only fraction from which a route with an
// empty mount node and data requests counts as client-rendered.
const ClientFraction = 0.5

// InferCurrent infers how a route is served today from its evidence; the
// rules are listed in the package documentation. nextjsCache is true when
// the origin sent x-nextjs-cache.
func InferCurrent(ev rendermap.Evidence, nextjsCache bool) rendermap.Current {
	c := ev.Cache
	ev2 := evidenceLines(ev, nextjsCache)
	cr := ev.ClientRender
	switch {
	case cr.ScriptOnlyFraction >= ClientFraction && len(cr.EmptyMounts) > 0 && len(cr.DataRequests) > 0:
		return current(rendermap.Client, 0, append(ev2, fmt.Sprintf(
			"%.0f%% of the rendered text exists only after scripts run, mounted into %s", cr.ScriptOnlyFraction*100, cr.EmptyMounts[0])))
	case c.Verdict == "unknown":
		return current("", 0, ev2)
	case !c.StorableShared:
		return current(rendermap.SSR, 0, ev2)
	case c.FreshnessSource == "heuristic" || c.FreshnessSeconds >= StaticFreshness:
		return current(rendermap.Static, 0, ev2)
	case c.FreshnessSeconds > 0:
		return current(rendermap.ISR, c.FreshnessSeconds, ev2)
	case hits(ev.CDN) > 0:
		return current(rendermap.Static, 0, append(ev2, "revalidated on every request but served from the CDN cache"))
	}
	return current(rendermap.SSR, 0, append(ev2, "shared caches must revalidate every request with the origin"))
}

func current(s rendermap.Strategy, revalidate int64, evidence []string) rendermap.Current {
	if evidence == nil {
		evidence = []string{}
	}
	return rendermap.Current{Strategy: s, RevalidateSeconds: revalidate, Evidence: evidence}
}

func hits(c rendermap.CDN) int { return c.Statuses[StatusHit] + c.Statuses[StatusStale] }

// evidenceLines states the facts behind the inference, in a fixed order.
func evidenceLines(ev rendermap.Evidence, nextjsCache bool) []string {
	c := ev.Cache
	var out []string
	if c.CacheControl != "" {
		out = append(out, "cache-control: "+truncate(c.CacheControl, 120))
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
	if nextjsCache {
		out = append(out, "x-nextjs-cache header (Next.js ISR cache)")
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

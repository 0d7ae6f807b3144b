package advise

import (
	"math"
	"slices"
	"strings"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"

	"github.com/rendermap/rendermap"
)

// median returns the median of the finite, non-negative values in xs.
func median(xs []float64) (float64, bool) {
	var ys []float64
	for _, x := range xs {
		if !math.IsNaN(x) && !math.IsInf(x, 0) && x >= 0 {
			ys = append(ys, x)
		}
	}
	if len(ys) == 0 {
		return 0, false
	}
	slices.Sort(ys)
	return stat.Quantile(0.5, stat.LinInterp, ys, nil), true
}

// serverMS is the origin render time in milliseconds with its sample count:
// the route's server_ms median, else the pooled per-page samples.
func serverMS(r *rendermap.Route) (float64, int) {
	if r.Server.N > 0 && sane(r.Server.P50) == r.Server.P50 {
		return r.Server.P50, r.Server.N
	}
	var pooled []float64
	for _, p := range r.Evidence.Pages {
		pooled = append(pooled, p.ServerMS...)
	}
	m, ok := median(pooled)
	if !ok {
		return 0, 0
	}
	return m, len(pooled)
}

// networkMS is TTFB minus server time: the round trip to the site.
func networkMS(r *rendermap.Route) (float64, bool) {
	if r.TTFB.N == 0 || r.Server.N == 0 {
		return 0, false
	}
	n := sane(r.TTFB.P50 - r.Server.P50)
	return n, sane(r.TTFB.P50) == r.TTFB.P50
}

// apiMS is the median duration of successful data requests minus one round trip.
func apiMS(r *rendermap.Route, network float64) (float64, bool) {
	var ds []float64
	for _, d := range r.ClientRender.DataRequests {
		if d.Status >= 200 && d.Status < 400 {
			ds = append(ds, d.DurationMS)
		}
	}
	m, ok := median(ds)
	return sane(m - network), ok
}

// clientRendered reports whether the content exists only after scripts
// run: most of the text is missing from the raw HTML, or a mount node is
// empty there, and data requests fill it.
func clientRendered(r *rendermap.Route) bool {
	cr := r.ClientRender
	return (cr.ScriptOnlyFraction >= ClientRenderedFraction || len(cr.EmptyMounts) > 0) && len(cr.DataRequests) > 0
}

// wholePagePersonalized is true when personalization covers more than an island.
func wholePagePersonalized(r *rendermap.Route) bool {
	p := r.Personalized
	return p.Personalized && (p.DiffFraction <= 0 || p.DiffFraction > IslandMaxFraction)
}

// unmeasuredSession is true when no session comparison could be trusted
// but the page shows session signals (a cookie set on first visit, Vary:
// Cookie, private): it is treated as personalized rather than cached.
func unmeasuredSession(r *rendermap.Route) bool {
	p := r.Personalized
	if !p.Unmeasured {
		return false
	}
	for _, s := range p.Signals {
		if strings.HasPrefix(s, "set-cookie") || s == "vary: cookie" || s == "cache-control: private" {
			return true
		}
	}
	return false
}

// privateData is true when a client-rendered page's data requests were
// answered per visitor.
func privateData(r *rendermap.Route) bool {
	for _, d := range r.ClientRender.DataRequests {
		if d.Private {
			return true
		}
	}
	return false
}

// island is true when only a small part of the page is personalized.
func island(r *rendermap.Route) bool {
	p := r.Personalized
	return p.Personalized && p.DiffFraction > 0 && p.DiffFraction <= IslandMaxFraction
}

// openURLSpace is true when the pattern's URLs carry query keys the site
// never enumerates, so any visitor can mint a new URL.
func openURLSpace(r *rendermap.Route) bool {
	return len(r.QueryKeys) > 0 && !r.InSitemap && r.PagesSource != "sitemap"
}

// noindex looks for a noindex directive in headers, notes and evidence.
func noindex(r *rendermap.Route) bool {
	for _, p := range r.Evidence.Pages {
		for k, v := range p.Headers {
			if strings.EqualFold(k, "X-Robots-Tag") && strings.Contains(strings.ToLower(v), "noindex") {
				return true
			}
		}
	}
	for _, n := range r.Cache.Notes {
		if strings.Contains(strings.ToLower(n.Code), "noindex") {
			return true
		}
	}
	return slices.ContainsFunc(r.Current.Evidence, func(s string) bool {
		return strings.Contains(strings.ToLower(s), "noindex")
	})
}

// changeRate returns changes per page per day, its 95% interval and source.
// Without a measured interval it derives one from the recheck counts with a
// Jeffreys Beta interval on the share of pages that changed.
func changeRate(r *rendermap.Route, recheckSeconds float64) (rate float64, ci [2]float64, source string) {
	v := r.Volatility
	rate = sane(v.ChangesPerDay)
	if v.Source == "" || v.Source == "none" {
		return 0, ci, ""
	}
	if len(v.ChangesPerDayCI) == 2 {
		return rate, [2]float64{sane(v.ChangesPerDayCI[0]), sane(v.ChangesPerDayCI[1])}, v.Source
	}
	if v.Rechecked > 0 && recheckSeconds > 0 {
		return rate, recheckInterval(v.ChangedOnRecheck, v.Rechecked, recheckSeconds), v.Source
	}
	return rate, [2]float64{rate, rate}, v.Source
}

// recheckInterval turns k of n pages changed within s seconds into a
// changes-per-day interval: p = 1 - e^(-λs), λ = -ln(1-p)/s.
func recheckInterval(k, n int, s float64) [2]float64 {
	k = max(0, min(k, n))
	b := distuv.Beta{Alpha: float64(k) + 0.5, Beta: float64(n-k) + 0.5}
	toRate := func(p float64) float64 {
		return sane(-math.Log1p(-math.Min(p, 1-1e-9)) / s * day)
	}
	lo, hi := b.Quantile(0.025), b.Quantile(0.975)
	if k == 0 {
		lo = 0 // the usual Jeffreys boundary correction
	}
	return [2]float64{toRate(lo), toRate(hi)}
}

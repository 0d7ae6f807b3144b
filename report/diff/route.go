package diff

import (
	"fmt"
	"math"

	"github.com/rendermap/rendermap"
)

func compareRoute(p string, base, head *rendermap.Route, opt Options) []Change {
	switch {
	case base == nil:
		return []Change{{Pattern: p, Kind: KindAdded, Direction: Changed, Message: fmt.Sprintf("new route (%d pages)", head.Discovery.Pages)}}
	case head == nil:
		return []Change{{Pattern: p, Kind: KindRemoved, Direction: Changed, Message: "route is no longer in the audit"}}
	}
	var out []Change
	if c, ok := compareTTFB(p, base, head, opt); ok {
		out = append(out, c)
	}
	out = append(out, compareCache(p, base, head)...)
	out = append(out, comparePersonalization(p, base, head)...)
	return append(out, compareStrategy(p, base, head)...)
}

// samples returns a route's raw TTFB samples, falling back to the per-page ones.
func samples(r *rendermap.Route) []float64 {
	if len(r.TTFB.Samples) > 0 {
		return r.TTFB.Samples
	}
	var out []float64
	for _, pg := range r.Evidence.Pages {
		out = append(out, pg.TTFBMS...)
	}
	return out
}

func compareTTFB(p string, base, head *rendermap.Route, opt Options) (Change, bool) {
	x, y := finite(samples(base)), finite(samples(head))
	if len(x) == 0 || len(y) == 0 {
		return Change{}, false
	}
	_, pv := MannWhitney(x, y)
	mb, mh := median(x), median(y)
	shift := mh - mb
	if pv >= opt.Alpha || math.Abs(shift) <= opt.MinEffectMS || math.Abs(shift) <= opt.MinEffectRatio*mb {
		return Change{}, false
	}
	dir := Worse
	if shift < 0 {
		dir = Better
	}
	msg := fmt.Sprintf("median TTFB %s → %s (%+.0f ms, %+.0f%%, %s)", ms(mb), ms(mh), shift, 100*shift/math.Max(mb, 1), pValue(pv))
	return Change{Pattern: p, Kind: KindTTFB, Direction: dir, Message: msg, PValue: pv, BaseMS: mb, HeadMS: mh}, true
}

func finite(xs []float64) []float64 {
	out := make([]float64, 0, len(xs))
	for _, v := range xs {
		if !math.IsNaN(v) && !math.IsInf(v, 0) {
			out = append(out, v)
		}
	}
	return out
}

func compareCache(p string, base, head *rendermap.Route) []Change {
	b, h := base.Cache.StorableShared, head.Cache.StorableShared
	switch {
	case b && !h:
		return []Change{{Pattern: p, Kind: KindCache, Direction: Worse, Message: "no longer cacheable by a shared cache (Cache-Control: " + quoteCC(head.Cache.CacheControl) + ")"}}
	case !b && h:
		return []Change{{Pattern: p, Kind: KindCache, Direction: Better, Message: "now cacheable by a shared cache (Cache-Control: " + quoteCC(head.Cache.CacheControl) + ")"}}
	}
	return nil
}

func quoteCC(cc string) string {
	if cc == "" {
		return "none"
	}
	if len(cc) > 120 {
		return cc[:117] + "..."
	}
	return cc
}

func comparePersonalization(p string, base, head *rendermap.Route) []Change {
	b, h := base.Personalized.Personalized, head.Personalized.Personalized
	switch {
	case !b && h:
		return []Change{{Pattern: p, Kind: KindPersonalization, Direction: Worse,
			Message: fmt.Sprintf("now personalized (%.0f%% of the text differs between visitors)", 100*head.Personalized.DiffFraction)}}
	case b && !h:
		return []Change{{Pattern: p, Kind: KindPersonalization, Direction: Better, Message: "no longer personalized"}}
	}
	return nil
}

func compareStrategy(p string, base, head *rendermap.Route) []Change {
	var out []Change
	if b, h := base.Recommendation.Strategy, head.Recommendation.Strategy; b != h {
		out = append(out, Change{Pattern: p, Kind: KindStrategy, Direction: Changed,
			Message: fmt.Sprintf("recommended strategy %s → %s", strategyName(b), strategyName(h))})
	}
	if b, h := base.Current.Strategy, head.Current.Strategy; b != h {
		out = append(out, Change{Pattern: p, Kind: KindStrategy, Direction: Changed,
			Message: fmt.Sprintf("served as %s, now as %s", strategyName(b), strategyName(h))})
	}
	return out
}

func strategyName(s rendermap.Strategy) string {
	if s == "" {
		return "unknown"
	}
	return string(s)
}

func ms(v float64) string {
	return fmt.Sprintf("%.0f ms", v)
}

func pValue(p float64) string {
	if p < 0.0001 {
		return "p < 0.0001"
	}
	return fmt.Sprintf("p = %.4f", p)
}

package advise

import (
	"errors"

	"github.com/rendermap/rendermap"
)

// Advise runs the cost model on every route of a: it fills each route's
// Inputs, Recommendation, Alternatives and BreakEven, and a.Model with the
// site-wide projection and the assumptions actually used. It is pure (no
// network, no clock) and deterministic; bad or missing evidence lowers
// confidence instead of failing.
func Advise(a *rendermap.Audit, f Facts) error {
	if a == nil {
		return errors.New("advise: nil audit")
	}
	sf := newSiteFacts(a, f)
	used := map[string]bool{}
	var proj projection
	for i := range a.Routes {
		r := &a.Routes[i]
		g := gather(r, sf)
		chosen := adviseRoute(r, g)
		proj.add(r, g, chosen)
		for _, k := range g.notes {
			used[k] = true
		}
	}
	a.Model = proj.summary(sane(f.PricePerComputeSecond))
	a.Model.Assumptions = assumptions(used)
	return nil
}

func newSiteFacts(a *rendermap.Audit, f Facts) siteFacts {
	sf := siteFacts{f: f, recheck: float64(a.Settings.RecheckSeconds)}
	if f.Traffic == nil {
		return sf
	}
	patterns := make([]string, len(a.Routes))
	for i, r := range a.Routes {
		patterns[i] = r.Pattern
	}
	sf.visits, sf.urls = f.Traffic.ByPattern(patterns), f.Traffic.URLsByPattern(patterns)
	return sf
}

// adviseRoute fills one route and returns the chosen strategy's cost.
func adviseRoute(r *rendermap.Route, g gathered) rendermap.Cost {
	opts := options(g.in)
	ch := choose(opts, g.in)
	best := opts[ch.best]
	mi := g.mi
	r.Inputs = &mi
	dec := decision(opts, ch)
	r.Recommendation = rendermap.Recommendation{
		Strategy:     best.s,
		ClientIsland: island(r) && (best.s == rendermap.Static || best.s == rendermap.ISR),
		Cost:         &best.c,
		Reasons:      reasons(r, g, best, dec),
		Decision:     dec,
	}
	if best.s == rendermap.ISR {
		r.Recommendation.RevalidateSeconds = int64(best.T.Seconds())
	}
	if gn := gain(r, g, best); gn != nil {
		r.Recommendation.Gain = gn
		r.Recommendation.Reasons = append(r.Recommendation.Reasons, gainReason(gn))
	}
	conf, why := confidence(r, g, best.s)
	r.Recommendation.Confidence = conf
	r.Recommendation.Reasons = append(r.Recommendation.Reasons, why)
	r.Alternatives = alternatives(opts, ch)
	r.BreakEven = breakEvens(r, g, opts, ch.best)
	return best.c
}

// currentStrategy is how the route is served today; content that exists
// only after scripts run is client-rendered whatever caches its shell.
func currentStrategy(r *rendermap.Route) rendermap.Strategy {
	if clientRendered(r) {
		return rendermap.Client
	}
	return r.Current.Strategy
}

func alternatives(opts []option, ch choice) []rendermap.Alternative {
	out := make([]rendermap.Alternative, 0, len(opts)-1)
	for i, o := range opts {
		if i == ch.best {
			continue
		}
		why, dim := whyNot(opts, i, ch)
		alt := rendermap.Alternative{Strategy: o.s, Cost: o.c, WhyNot: why, Decided: dim}
		if o.s == rendermap.ISR && o.T > 0 {
			alt.RevalidateSeconds = int64(o.T.Seconds())
		}
		out = append(out, alt)
	}
	return out
}

func assumptions(used map[string]bool) []string {
	out := []string{}
	for _, k := range assumptionOrder {
		if used[k] {
			out = append(out, assumptionText[k])
		}
	}
	return out
}

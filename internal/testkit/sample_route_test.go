package testkit_test

import (
	"fmt"
	"math"
	"slices"

	"github.com/rendermap/rendermap"
)

// rng is a tiny deterministic generator so the sample never changes.
type rng uint64

func (r *rng) next() float64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return float64(uint64(*r)>>11) / float64(1<<53)
}

func samples(seed int, center float64, n int) []float64 {
	r := rng(seed + 1)
	out := make([]float64, n)
	for i := range out {
		// log-normal-ish spread around center, one decimal place
		v := center * math.Exp(0.35*(r.next()+r.next()+r.next()-1.5))
		out[i] = math.Round(v*10) / 10
	}
	return out
}

func stats(xs []float64) rendermap.Stats {
	s := slices.Clone(xs)
	slices.Sort(s)
	q := func(p float64) float64 { return s[int(math.Round(p*float64(len(s)-1)))] }
	return rendermap.Stats{N: len(s), P50: q(0.5), P95: q(0.95), Min: s[0], Max: s[len(s)-1], CI95: []float64{q(0.4), q(0.6)}, Samples: xs}
}

func route(i int, s spec) rendermap.Route {
	ttfb := samples(i*7, s.ttfb, 18)
	server := samples(i*7+3, s.server, 18)
	network := stats(samples(i*7+5, 0.4, 18))
	r := rendermap.Route{
		Discovery: rendermap.Discovery{
			Pattern: s.pattern, Pages: s.pages, PagesSource: s.source, PagesLowerBound: s.lower,
			Examples: s.examples, InSitemap: s.inSitemap, Grouping: s.grouping,
		},
		Evidence: rendermap.Evidence{URLsSampled: len(s.examples)},
	}
	if r.Grouping == nil {
		r.Grouping = &rendermap.Grouping{By: "url", Confidence: "medium", Evidence: "URL shape; 1 page rendered", PagesCompared: 1, Templates: 1}
	}
	if s.pattern == "/search" {
		r.QueryKeys = []string{"q"}
	}
	for _, u := range s.examples {
		r.Sample = append(r.Sample, rendermap.SampleURL{URL: u})
	}
	r.TTFB, r.Server, r.Network = stats(ttfb), stats(server), &network
	r.Cache = cache(s)
	r.CDN = cdn(s, ttfb)
	r.Personalized = personal(s)
	r.Volatility = volatility(s)
	r.ClientRender = clientRender(s)
	r.Current = rendermap.Current{Strategy: s.current, RevalidateSeconds: s.curReval, Evidence: []string{"cache-control: " + s.cc, "cache verdict: " + s.verdict}}
	r.Evidence.Pages = pages(s, ttfb, server)
	r.Inputs = inputs(s)
	r.Recommendation = recommendation(s)
	r.Alternatives = alternatives(s)
	r.BreakEven = s.breakEven
	return r
}

// visitors is the first byte a near and a far visitor get from strategy st.
func visitors(s spec, st rendermap.Strategy) rendermap.VisitorTTFB {
	edge := 3 * edgeRTT
	near, far := 3*nearRTT+s.server, 3*farRTT+s.server
	switch st {
	case rendermap.Static, rendermap.Client:
		return rendermap.VisitorTTFB{NearMS: edge, FarMS: edge}
	case rendermap.ISR:
		h := s.hit
		return rendermap.VisitorTTFB{NearMS: round1(h*edge + (1-h)*near), FarMS: round1(h*edge + (1-h)*far)}
	}
	return rendermap.VisitorTTFB{NearMS: near, FarMS: far}
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// requests is the origin requests a day of strategy st.
func requests(s spec, st rendermap.Strategy) float64 {
	switch st {
	case rendermap.Static:
		return math.Min(24, math.Max(s.changes, 0.0083))
	case rendermap.ISR:
		h := s.hit
		if st != s.rec {
			h = 0.29
		}
		return math.Round(s.visits * (1 - h))
	}
	return s.visits
}

// cost is strategy st's modelled cost.
func cost(s spec, st rendermap.Strategy) rendermap.Cost {
	v := visitors(s, st)
	c := rendermap.Cost{
		ComputeSecondsPerDay: s.costs[st], TTFBMS: v.NearMS, ContentMS: v.NearMS, Feasible: s.infeasible[st] == "", Infeasible: s.infeasible[st],
		OriginRequestsPerDay: requests(s, st), EventsPerDay: requests(s, st), Visitors: &v,
	}
	switch st {
	case rendermap.Static:
		c.BuildSeconds, c.StalenessExpectedS, c.StalenessWorstS, c.HitRatio = overhead, overhead, overhead, 1
	case rendermap.ISR:
		t := 300.0
		if st == s.rec {
			t = float64(s.reval)
		}
		c.StalenessExpectedS, c.StalenessWorstS, c.HitRatio = t/2, t+s.server/1000, s.hit
	case rendermap.Client:
		c.ContentMS = v.NearMS + 3*nearRTT
	}
	return c
}

func recommendation(s spec) rendermap.Recommendation {
	c := cost(s, s.rec)
	rec := rendermap.Recommendation{Strategy: s.rec, RevalidateSeconds: s.reval, Confidence: s.confidence, ClientIsland: s.island, Cost: &c}
	rec.Reasons = []string{s.decision, fmt.Sprintf("inputs: %d pages (%s), %g views/day (%s), render %g ms (measured, 6 samples)", s.pages, s.source, s.visits, orDefault(s.visitsSource), s.server)}
	if s.current != s.rec {
		g := gain(s)
		rec.Gain = &g
		rec.Reasons = append(rec.Reasons, against(s, g))
	}
	why := s.confidenceWhy
	if why == "" {
		why = "confidence high: the choice holds across the measured intervals and a tenfold change of every assumed input"
	}
	rec.Reasons = append(rec.Reasons, why)
	return rec
}

func orDefault(s string) string {
	if s == "" {
		return "default"
	}
	return s
}

func gain(s spec) rendermap.Gain {
	now, next := cost(s, s.current), cost(s, s.rec)
	return rendermap.Gain{
		From: s.current, Today: *now.Visitors, Recommended: *next.Visitors,
		OriginRequestsSavedPerDay: now.OriginRequestsPerDay - next.OriginRequestsPerDay,
		ComputeSecondsSavedPerDay: now.ComputeSecondsPerDay - next.ComputeSecondsPerDay,
		StalenessWorstSeconds:     next.StalenessWorstS, BudgetSeconds: s.budget,
	}
}

// against is advise's sentence comparing the change with today.
func against(s spec, g rendermap.Gain) string {
	return fmt.Sprintf("against %s today: a visitor near the origin waits %g ms for the first byte instead of %g, one an ocean away %g ms instead of %g",
		s.current, g.Recommended.NearMS, g.Today.NearMS, g.Recommended.FarMS, g.Today.FarMS)
}

func alternatives(s spec) []rendermap.Alternative {
	var out []rendermap.Alternative
	for _, st := range rendermap.Strategies {
		if st == s.rec {
			continue
		}
		alt := rendermap.Alternative{Strategy: st, Cost: cost(s, st), WhyNot: s.infeasible[st], Decided: "feasibility"}
		if st == rendermap.ISR {
			alt.RevalidateSeconds = max(s.reval, 300)
		}
		if alt.WhyNot == "" {
			alt.Decided = "edge"
			alt.WhyNot = fmt.Sprintf("further from the edge than %s and not materially cheaper (%g against %g compute-s/day)", s.rec, s.costs[st], s.costs[s.rec])
		}
		out = append(out, alt)
	}
	return out
}

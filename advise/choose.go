package advise

import (
	"math"
	"time"

	"github.com/rendermap/rendermap"
)

// option is one strategy costed for a route.
type option struct {
	s rendermap.Strategy
	T time.Duration // isr only
	c rendermap.Cost
}

// options costs every strategy, in rendermap.Strategies order.
func options(in Inputs) []option {
	T, _ := Interval(in)
	out := make([]option, 0, len(rendermap.Strategies))
	for _, s := range rendermap.Strategies {
		o := option{s: s, c: Cost(s, in, T)}
		if s == rendermap.ISR {
			o.T = T
			if T == 0 {
				o.c.Feasible = false
				o.c.Infeasible = "no revalidate interval of at least 1 s fits the freshness budget"
			}
		}
		out = append(out, o)
	}
	return out
}

// material reports whether saving compute seconds per day off cost is worth a change.
func material(saving, cost float64) bool {
	return saving > MaterialSeconds && saving > MaterialFraction*cost
}

// choice is the outcome of choose: the pick and how it was made.
type choice struct {
	best     int
	cheapest int
	kept     bool // the current strategy was kept as the saving was immaterial
}

// choose picks the cheapest feasible strategy. Strategies whose extra cost
// over the cheapest is immaterial tie; among ties the current strategy
// stays, otherwise the fastest content wins, then edge-served before
// origin-served (static, isr, ssr, client).
func choose(opts []option, current rendermap.Strategy) choice {
	ch := choice{cheapest: cheapest(opts)}
	ties := nearTies(opts, ch.cheapest)
	for _, i := range ties {
		if opts[i].s == current {
			ch.best, ch.kept = i, true
			return ch
		}
	}
	ch.best = byQuality(opts, ties)
	return ch
}

func cheapest(opts []option) int {
	best := -1
	for i, o := range opts {
		if !o.c.Feasible {
			continue
		}
		if best < 0 || o.c.ComputeSecondsPerDay < opts[best].c.ComputeSecondsPerDay {
			best = i
		}
	}
	if best < 0 {
		return ssrIndex(opts)
	}
	return best
}

func ssrIndex(opts []option) int {
	for i, o := range opts {
		if o.s == rendermap.SSR {
			return i
		}
	}
	return 0
}

func nearTies(opts []option, low int) []int {
	var out []int
	for i, o := range opts {
		if i == low || (o.c.Feasible && !material(o.c.ComputeSecondsPerDay-opts[low].c.ComputeSecondsPerDay, o.c.ComputeSecondsPerDay)) {
			out = append(out, i)
		}
	}
	return out
}

// byQuality keeps the ties whose content arrives within 20% + 5 ms of the
// fastest, then takes the first in preference order.
func byQuality(opts []option, ties []int) int {
	fastest := math.Inf(1)
	for _, i := range ties {
		fastest = math.Min(fastest, opts[i].c.ContentMS)
	}
	best, rank := ties[0], math.MaxInt
	for _, i := range ties {
		if opts[i].c.ContentMS > fastest*1.2+5 {
			continue
		}
		if r := preference(opts[i]); r < rank {
			best, rank = i, r
		}
	}
	return best
}

// preference orders edge-served strategies first; an isr cache that rarely
// hits only adds staleness, so it ranks last.
func preference(o option) int {
	switch o.s {
	case rendermap.Static:
		return 0
	case rendermap.ISR:
		if o.c.HitRatio >= 0.5 {
			return 1
		}
		return 4
	case rendermap.SSR:
		return 2
	}
	return 3
}

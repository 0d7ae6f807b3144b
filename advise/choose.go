package advise

import (
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

// loss is why a more edge-served option lost to a less edge-served one.
type loss struct {
	to  int    // the option it lost to
	dim string // "compute" or "deploys"
}

// choice is the outcome of choose: the pick and the options it beat on cost.
type choice struct {
	best    int
	deploys float64      // the deploy ceiling, for reasons
	order   []int        // options from the edge to the origin
	lost    map[int]loss // more edge-served options that cost materially more
}

// choose walks the feasible options from the edge to the origin (see
// preference) and picks the first that no less edge-served option undercuts
// by a material amount: constraints decide what is feasible, the edge
// decides among the feasible, and only a material cost moves the pick
// away from the edge. ssr is the fallback: it is always feasible.
func choose(opts []option, in Inputs) choice {
	ch := choice{order: preference(in), lost: map[int]loss{}, best: indexOf(opts, rendermap.SSR), deploys: in.MaxDeploysPerDay}
	for k, x := range ch.order {
		if !opts[x].c.Feasible {
			continue
		}
		if l, ok := undercut(opts, ch.order[k+1:], x, in); ok {
			ch.lost[x] = l
			continue
		}
		ch.best = x
		return ch
	}
	return ch
}

// preference orders strategies from the edge to the origin: static, isr,
// then ssr before client, unless the content is client-rendered today
// (its shell is already at the edge and only its data comes from the
// origin), where client comes first.
func preference(in Inputs) []int {
	if in.ClientRendered {
		return []int{0, 1, 3, 2}
	}
	return []int{0, 1, 2, 3}
}

// undercut returns the cheapest feasible option after x that saves a
// material amount of compute over x, or, for static, any feasible option
// when static's builds take more than MaterialDeployShare of the deploys.
func undercut(opts []option, later []int, x int, in Inputs) (loss, bool) {
	best, found := loss{}, false
	for _, y := range later {
		o := opts[y]
		if !o.c.Feasible {
			continue
		}
		saving := opts[x].c.ComputeSecondsPerDay - o.c.ComputeSecondsPerDay
		if material(saving, opts[x].c.ComputeSecondsPerDay) && (!found || o.c.ComputeSecondsPerDay < opts[best.to].c.ComputeSecondsPerDay) {
			best, found = loss{to: y, dim: "compute"}, true
		}
	}
	if !found && opts[x].s == rendermap.Static && opts[x].c.EventsPerDay > MaterialDeployShare*in.MaxDeploysPerDay {
		for _, y := range later {
			if opts[y].c.Feasible {
				return loss{to: y, dim: "deploys"}, true
			}
		}
	}
	return best, found
}

func indexOf(opts []option, s rendermap.Strategy) int {
	for i, o := range opts {
		if o.s == s {
			return i
		}
	}
	return 0
}

// rank is an option's place in the preference order (0 is the edge).
func (ch choice) rank(i int) int {
	for k, x := range ch.order {
		if x == i {
			return k
		}
	}
	return len(ch.order)
}

package advise

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/rendermap/rendermap"
)

// randomInputs draws inputs over several orders of magnitude.
func randomInputs(rng *rand.Rand) Inputs {
	logu := func(lo, hi float64) float64 {
		return math.Exp(math.Log(lo) + rng.Float64()*(math.Log(hi)-math.Log(lo)))
	}
	pages := math.Round(logu(1, 1e6))
	changes := logu(1e-4, 1e4)
	in := Inputs{
		Pages: pages, VisitsPerDay: pages * logu(0.01, 1e4), RenderSeconds: logu(1e-4, 5), APISeconds: logu(1e-4, 5),
		ChangesPerDay: changes, ChangesHigh: changes * logu(1, 100), ChangeRateKnown: rng.IntN(4) > 0, BudgetSeconds: logu(1, 1e6),
		BuildOverheadSeconds: logu(1, 600), BuildWorkers: float64(1 + rng.IntN(16)), MaxDeploysPerDay: logu(1, 200),
		Incremental: rng.IntN(2) == 0, ClientRendered: rng.IntN(5) == 0, Indexable: rng.IntN(2) == 0,
		OpenURLSpace: rng.IntN(8) == 0, EdgeMS: logu(1, 100), OriginMS: logu(1, 5000), NetworkMS: logu(1, 100),
		SharedClock: rng.IntN(3) == 0, DataPrivate: rng.IntN(3) == 0,
	}
	if rng.IntN(3) == 0 {
		in.SiteInterval = math.Round(logu(1, 1e5))
	}
	return in
}

func pick(in Inputs) rendermap.Strategy {
	opts := options(in)
	return opts[choose(opts, in).best].s
}

const trials = 3000

func TestProperty_MorePagesNeverMakeStaticCheaper(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range trials {
		in := randomInputs(rng)
		more := in
		more.Pages *= 1 + rng.Float64()*10
		a, b := Cost(rendermap.Static, in, 0), Cost(rendermap.Static, more, 0)
		if b.ComputeSecondsPerDay < a.ComputeSecondsPerDay-1e-9 || b.StalenessWorstS < a.StalenessWorstS-1e-9 || (b.Feasible && !a.Feasible) {
			t.Fatalf("pages %v → %v made static cheaper: %+v → %+v", in.Pages, more.Pages, a, b)
		}
	}
}

func TestProperty_HigherChangeRateNeverFavoursStatic(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range trials {
		in := randomInputs(rng)
		more := in
		k := 1 + rng.Float64()*100
		more.ChangesPerDay *= k
		more.ChangesHigh *= k
		a, b := Cost(rendermap.Static, in, 0), Cost(rendermap.Static, more, 0)
		if b.ComputeSecondsPerDay < a.ComputeSecondsPerDay-1e-9 || (b.Feasible && !a.Feasible) {
			t.Fatalf("changes %v → %v made static cheaper: %+v → %+v", in.ChangesPerDay, more.ChangesPerDay, a, b)
		}
		if pick(more) == rendermap.Static && pick(in) != rendermap.Static {
			t.Fatalf("changes %v → %v turned the pick to static (%+v)", in.ChangesPerDay, more.ChangesPerDay, in)
		}
	}
}

func TestProperty_PersonalizedNeverStaticOrISR(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range trials {
		in := randomInputs(rng)
		in.Personalized = true
		if s := pick(in); s == rendermap.Static || s == rendermap.ISR {
			t.Fatalf("personalized page got %s: %+v", s, in)
		}
	}
}

func TestProperty_TighterBudgetNeverLengthensInterval(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range trials {
		in := randomInputs(rng)
		tight := in
		tight.BudgetSeconds *= rng.Float64()
		a, okA := Interval(in)
		b, okB := Interval(tight)
		if b > a || (okB && !okA) {
			t.Fatalf("budget %v → %v lengthened T %v → %v", in.BudgetSeconds, tight.BudgetSeconds, a, b)
		}
	}
}

func TestProperty_CostsAreFiniteAndPickIsFeasible(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range trials {
		in := randomInputs(rng)
		opts := options(in)
		for _, o := range opts {
			c := o.c
			for _, x := range []float64{c.ComputeSecondsPerDay, c.StalenessExpectedS, c.StalenessWorstS, c.TTFBMS, c.ContentMS} {
				if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
					t.Fatalf("%s cost not finite: %+v for %+v", o.s, c, in)
				}
			}
			if c.StalenessExpectedS > c.StalenessWorstS+1e-9 {
				t.Fatalf("%s expected staleness above worst: %+v", o.s, c)
			}
		}
		if best := opts[choose(opts, in).best]; !best.c.Feasible {
			t.Fatalf("picked infeasible %s: %+v", best.s, best.c)
		}
	}
}

// An origin-rendered, unpersonalized route whose content did not change
// within its freshness budget is never kept as ssr (outside an open URL
// space, where views never repeat, and budgets shorter than one render).
func TestProperty_UnchangedRouteNeverSSR(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range trials {
		in := randomInputs(rng)
		in.Personalized, in.OpenURLSpace, in.ChangeRateKnown, in.DataPrivate = false, false, true, false
		in.BudgetSeconds = math.Max(in.BudgetSeconds, in.pageSeconds()+1.5)
		in.ChangesHigh = math.Min(in.ChangesHigh, 0.9*day/in.BudgetSeconds)
		in.ChangesPerDay = math.Min(in.ChangesPerDay, in.ChangesHigh)
		if s := pick(in); s == rendermap.SSR {
			t.Fatalf("unchanged route kept as ssr: %+v", in)
		}
	}
}

// A strategy closer to the edge than the pick loses only when it is
// infeasible or costs materially more (compute) or takes too many deploys.
func TestProperty_EdgeLosesOnlyWithMaterialCost(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	for range trials {
		in := randomInputs(rng)
		opts := options(in)
		ch := choose(opts, in)
		for _, x := range ch.order[:ch.rank(ch.best)] {
			o := opts[x]
			l, lost := ch.lost[x]
			switch {
			case !o.c.Feasible:
			case !lost:
				t.Fatalf("%s is feasible and closer to the edge than %s but lost without a cost: %+v", o.s, opts[ch.best].s, in)
			case l.dim == "compute" && !material(o.c.ComputeSecondsPerDay-opts[l.to].c.ComputeSecondsPerDay, o.c.ComputeSecondsPerDay):
				t.Fatalf("%s lost on compute without a material difference: %+v", o.s, in)
			case l.dim == "deploys" && o.c.EventsPerDay <= MaterialDeployShare*in.MaxDeploysPerDay:
				t.Fatalf("%s lost on deploys with only %v builds a day: %+v", o.s, o.c.EventsPerDay, in)
			}
			why, dim := whyNot(opts, x, ch)
			if why == "" || dim == "edge" {
				t.Fatalf("%s closer to the edge has no named cost: %q %q", o.s, why, dim)
			}
		}
	}
}

// A site's own isr interval that fits the budget is kept.
func TestProperty_SiteIntervalKept(t *testing.T) {
	rng := rand.New(rand.NewPCG(15, 16))
	for range trials {
		in := randomInputs(rng)
		in.SiteInterval = math.Floor(rng.Float64() * (in.BudgetSeconds - in.pageSeconds()))
		if in.SiteInterval < 1 {
			continue
		}
		if T, ok := Interval(in); !ok || T.Seconds() != in.SiteInterval {
			t.Fatalf("site interval %v fits the budget %v but Interval gave %v: %+v", in.SiteInterval, in.BudgetSeconds, T, in)
		}
	}
}

func TestProperty_NaNInputsNeverPanic(t *testing.T) {
	nan := math.NaN()
	in := Inputs{Pages: nan, VisitsPerDay: math.Inf(1), RenderSeconds: nan, ChangesPerDay: -1, BudgetSeconds: nan,
		BuildWorkers: nan, MaxDeploysPerDay: nan, EdgeMS: nan, OriginMS: nan}
	for _, s := range rendermap.Strategies {
		c := Cost(s, in, 0)
		if math.IsNaN(c.ComputeSecondsPerDay) || math.IsNaN(c.StalenessWorstS) {
			t.Errorf("%s: NaN leaked: %+v", s, c)
		}
	}
}

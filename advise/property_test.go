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
	return Inputs{
		Pages: pages, VisitsPerDay: pages * logu(0.01, 1e4), RenderSeconds: logu(1e-4, 5), APISeconds: logu(1e-4, 5),
		ChangesPerDay: logu(1e-4, 1e4), ChangeRateKnown: rng.IntN(4) > 0, BudgetSeconds: logu(1, 1e6),
		BuildOverheadSeconds: logu(1, 600), BuildWorkers: float64(1 + rng.IntN(16)), MaxDeploysPerDay: logu(1, 200),
		Incremental: rng.IntN(2) == 0, ClientRendered: rng.IntN(5) == 0, Indexable: rng.IntN(2) == 0,
		OpenURLSpace: rng.IntN(8) == 0, EdgeMS: logu(1, 100), OriginMS: logu(1, 5000), NetworkMS: logu(1, 100),
	}
}

func randomCurrent(rng *rand.Rand) rendermap.Strategy {
	all := append([]rendermap.Strategy{""}, rendermap.Strategies...)
	return all[rng.IntN(len(all))]
}

func pick(in Inputs, current rendermap.Strategy) rendermap.Strategy {
	opts := options(in)
	return opts[choose(opts, current).best].s
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
		more.ChangesPerDay *= 1 + rng.Float64()*100
		cur := randomCurrent(rng)
		a, b := Cost(rendermap.Static, in, 0), Cost(rendermap.Static, more, 0)
		if b.ComputeSecondsPerDay < a.ComputeSecondsPerDay-1e-9 || (b.Feasible && !a.Feasible) {
			t.Fatalf("changes %v → %v made static cheaper: %+v → %+v", in.ChangesPerDay, more.ChangesPerDay, a, b)
		}
		if pick(more, cur) == rendermap.Static && pick(in, cur) != rendermap.Static {
			t.Fatalf("changes %v → %v turned the pick to static (%+v)", in.ChangesPerDay, more.ChangesPerDay, in)
		}
	}
}

func TestProperty_PersonalizedNeverStaticOrISR(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range trials {
		in := randomInputs(rng)
		in.Personalized = true
		if s := pick(in, randomCurrent(rng)); s == rendermap.Static || s == rendermap.ISR {
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
		if best := opts[choose(opts, randomCurrent(rng)).best]; !best.c.Feasible {
			t.Fatalf("picked infeasible %s: %+v", best.s, best.c)
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

package advise

import (
	"math"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
)

// base is a hand-checkable route: 100 pages, 0.5 s renders, 5 workers.
func base() Inputs {
	return Inputs{
		Pages: 100, VisitsPerDay: 2400, RenderSeconds: 0.5, APISeconds: 0.2,
		ChangesPerDay: 0.1, ChangeRateKnown: true, BudgetSeconds: 3600,
		BuildOverheadSeconds: 60, BuildWorkers: 5, MaxDeploysPerDay: 24,
		EdgeMS: 20, OriginMS: 520, NetworkMS: 20,
	}
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-6*math.Max(1, math.Abs(b)) }

func TestCost_Static(t *testing.T) {
	tests := []struct {
		name                                 string
		edit                                 func(*Inputs)
		compute, events, wall, expect, worst float64
		feasible                             bool
	}{
		// 100 × 0.1 = 10 changes/day ≤ 24 deploys: 10 builds of 60 + 100 × 0.5 s.
		{"changes fit deploys", func(*Inputs) {}, 10 * 110, 10, 70, 70, 70, true},
		// 100 changes/day > 24: batched hourly, worst 3600 + 70 > 3600.
		{"batched over budget", func(in *Inputs) { in.ChangesPerDay = 1 }, 24 * 110, 24, 70, 1800 + 70, 3600 + 70, false},
		// incremental: 100/24 changed pages per build.
		{"incremental", func(in *Inputs) { in.ChangesPerDay = 1; in.Incremental = true; in.BudgetSeconds = 4000 },
			24 * (60 + 100.0/24*0.5), 24, 60 + 100.0/24*0.5/5, 1800 + 60 + 100.0/24*0.5/5, 3600 + 60 + 100.0/24*0.5/5, true},
		{"build seconds per page overrides render", func(in *Inputs) { in.BuildSecondsPerPage = 1 }, 10 * 160, 10, 80, 80, 80, true},
		{"personalized", func(in *Inputs) { in.Personalized = true }, 1100, 10, 70, 70, 70, false},
		{"open url space", func(in *Inputs) { in.OpenURLSpace = true }, 1100, 10, 70, 70, 70, false},
		{"budget below build", func(in *Inputs) { in.BudgetSeconds = 69 }, 1100, 10, 70, 70, 70, false},
		{"no changes", func(in *Inputs) { in.ChangesPerDay = 0 }, 0, 0, 70, 70, 70, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := base()
			tt.edit(&in)
			c := Cost(rendermap.Static, in, 0)
			for _, f := range []struct {
				name      string
				got, want float64
			}{{"compute", c.ComputeSecondsPerDay, tt.compute}, {"events", c.EventsPerDay, tt.events},
				{"build", c.BuildSeconds, tt.wall}, {"expected", c.StalenessExpectedS, tt.expect}, {"worst", c.StalenessWorstS, tt.worst}} {
				if !near(f.got, f.want) {
					t.Errorf("%s = %v, want %v", f.name, f.got, f.want)
				}
			}
			if c.Feasible != tt.feasible {
				t.Errorf("feasible = %v (%s), want %v", c.Feasible, c.Infeasible, tt.feasible)
			}
		})
	}
}

func TestCost_ISR(t *testing.T) {
	// 10 pages, 24 views per page per day, T = 1 h: each page regenerates
	// 24 / (1 + 24 × 3600/86400) = 12 times a day.
	in := base()
	in.Pages, in.VisitsPerDay, in.ChangesPerDay = 10, 240, 0
	in.BudgetSeconds = 4000
	c := Cost(rendermap.ISR, in, time.Hour)
	checks := []struct {
		name      string
		got, want float64
	}{
		{"events", c.EventsPerDay, 120},
		{"compute", c.ComputeSecondsPerDay, 60},
		{"hit ratio", c.HitRatio, 0.5},
		{"ttfb", c.TTFBMS, 0.5*20 + 0.5*520},
		{"worst", c.StalenessWorstS, 3600.5},
		{"expected", c.StalenessExpectedS, 0.5},
	}
	for _, ck := range checks {
		t.Run(ck.name, func(t *testing.T) {
			if !near(ck.got, ck.want) {
				t.Errorf("got %v, want %v", ck.got, ck.want)
			}
		})
	}
	if !c.Feasible {
		t.Errorf("infeasible: %s", c.Infeasible)
	}
}

func TestCost_ISRInfeasible(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Inputs)
	}{
		{"personalized", func(in *Inputs) { in.Personalized = true }},
		{"interval over budget", func(in *Inputs) { in.BudgetSeconds = 100 }},
		{"client data of unknown volatility", func(in *Inputs) { in.ClientRendered, in.ChangeRateKnown = true, false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := base()
			tt.edit(&in)
			if c := Cost(rendermap.ISR, in, time.Hour); c.Feasible || c.Infeasible == "" {
				t.Errorf("feasible = %v, reason %q; want infeasible with a reason", c.Feasible, c.Infeasible)
			}
		})
	}
}

func TestCost_SSRAndClient(t *testing.T) {
	in := base()
	in.Price = 0.01
	tests := []struct {
		name                          string
		s                             rendermap.Strategy
		edit                          func(*Inputs)
		compute, ttfb, content, money float64
		feasible                      bool
	}{
		{"ssr", rendermap.SSR, func(*Inputs) {}, 2400 * 0.5, 520, 520, 12, true},
		{"ssr of client-rendered content adds the api", rendermap.SSR, func(in *Inputs) { in.ClientRendered = true }, 2400 * 0.7, 520, 520, 16.8, true},
		{"client", rendermap.Client, func(*Inputs) {}, 2400 * 0.2, 20, 20 + 20 + 200, 4.8, true},
		{"client indexable", rendermap.Client, func(in *Inputs) { in.Indexable = true }, 2400 * 0.2, 20, 240, 4.8, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := in
			tt.edit(&x)
			c := Cost(tt.s, x, 0)
			if !near(c.ComputeSecondsPerDay, tt.compute) || !near(c.TTFBMS, tt.ttfb) || !near(c.ContentMS, tt.content) || !near(c.Money, tt.money) {
				t.Errorf("got compute %v ttfb %v content %v money %v, want %v %v %v %v",
					c.ComputeSecondsPerDay, c.TTFBMS, c.ContentMS, c.Money, tt.compute, tt.ttfb, tt.content, tt.money)
			}
			if c.Feasible != tt.feasible || c.StalenessWorstS != 0 {
				t.Errorf("feasible %v staleness %v, want %v and 0", c.Feasible, c.StalenessWorstS, tt.feasible)
			}
		})
	}
}

func TestInterval(t *testing.T) {
	tests := []struct {
		name           string
		budget, render float64
		want           time.Duration
		ok             bool
	}{
		{"five minutes", 300, 0.03, 4 * time.Minute, true},
		{"under two minutes stays in seconds", 119.5, 0.03, 119 * time.Second, true},
		{"whole render", 3600, 1, 59 * time.Minute, true},
		{"too tight", 0.5, 0.03, 0, false},
		{"nan budget", math.NaN(), 0.03, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Interval(Inputs{BudgetSeconds: tt.budget, RenderSeconds: tt.render})
			if got != tt.want || ok != tt.ok {
				t.Errorf("Interval = %v, %v; want %v, %v", got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestExpectedLag(t *testing.T) {
	tests := []struct {
		name    string
		w, r    float64
		want    float64
		epsilon float64
	}{
		{"no changes", 100, 0, 0, 0},
		{"one change per window", 100, 0.01, 50 - (1-(1-math.Exp(-1)))/0.01, 1e-9},
		{"constant churn tends to half the window", 100, 1e3, 50, 1e-3},
		{"series branch", 100, 1e-8, 100 * 1e-6 / 6, 1e-12},
		{"nan", math.NaN(), 1, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := expectedLag(tt.w, tt.r); math.Abs(got-tt.want) > tt.epsilon {
				t.Errorf("expectedLag = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestRegenerations(t *testing.T) {
	tests := []struct {
		name       string
		v, t, want float64
	}{
		{"no visits", 0, 60, 0},
		{"one visit per window", 24, 3600, 12},
		{"busy page tends to one per window", 1e9, 3600, 24},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := regenerations(tt.v, tt.t); math.Abs(got-tt.want) > 1e-6 {
				t.Errorf("regenerations = %v, want %v", got, tt.want)
			}
		})
	}
}

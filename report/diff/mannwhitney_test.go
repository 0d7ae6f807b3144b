package diff

import (
	"math"
	"math/rand/v2"
	"testing"
)

// Reference values: the scipy.stats.mannwhitneyu documentation example
// (males vs females: U = 17, exact p = 0.1111111111111111, asymptotic
// p = 0.11134688653314041), and values computed by brute-force enumeration
// of all splits (exact) or the textbook normal approximation with tie and
// continuity correction (asymptotic) in an independent Python script.
func TestMannWhitneyKnownValues(t *testing.T) {
	cases := []struct {
		name  string
		x, y  []float64
		u, p  float64
		exact bool
	}{
		{"fully separated 3+3", []float64{1, 2, 3}, []float64{4, 5, 6}, 0, 0.1, true},
		{"scipy docs exact", []float64{19, 22, 16, 29, 24}, []float64{20, 11, 17, 12}, 17, 0.1111111111111111, true},
		{"scipy docs asymptotic", []float64{19, 22, 16, 29, 24}, []float64{20, 11, 17, 12}, 17, 0.11134688653314041, false},
		{"enumerated 4+9", []float64{3.1, 7.4, 1.2, 9.9}, []float64{2.2, 5.5, 6.1, 8.8, 4.4, 0.5, 10.2, 11.1, 3.3}, 16, 0.8251748251748252, true},
		{"ties 10+11", []float64{150, 152, 150, 160, 149, 151, 150, 155, 170, 148},
			[]float64{160, 158, 165, 160, 171, 150, 162, 180, 159, 166, 161}, 17.5, 0.008860610704996903, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ranks, tie := rankAll(tc.x, tc.y)
			u, p := mannWhitney(ranks, tie, len(tc.x), len(tc.y), tc.exact)
			if u != tc.u || math.Abs(p-tc.p) > 1e-9 {
				t.Errorf("got U=%v p=%.15f, want U=%v p=%.15f", u, p, tc.u, tc.p)
			}
		})
	}
}

func TestMannWhitneyAutoMethod(t *testing.T) {
	u, p := MannWhitney([]float64{19, 22, 16, 29, 24}, []float64{20, 11, 17, 12})
	if u != 17 || math.Abs(p-0.1111111111111111) > 1e-12 {
		t.Errorf("small, tie-free samples should use the exact p: got U=%v p=%v", u, p)
	}
	u, p = MannWhitney([]float64{150, 152, 150, 160, 149, 151, 150, 155, 170, 148},
		[]float64{160, 158, 165, 160, 171, 150, 162, 180, 159, 166, 161})
	if u != 17.5 || math.Abs(p-0.008860610704996903) > 1e-12 {
		t.Errorf("tied samples should use the normal approximation: got U=%v p=%v", u, p)
	}
}

func TestMannWhitneyEdges(t *testing.T) {
	cases := []struct {
		name string
		x, y []float64
		p    float64
	}{
		{"empty x", nil, []float64{1, 2}, 1},
		{"empty y", []float64{1}, nil, 1},
		{"all tied", []float64{5, 5, 5}, []float64{5, 5, 5, 5}, 1},
		{"one each", []float64{1}, []float64{2}, 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, p := MannWhitney(tc.x, tc.y); p != tc.p {
				t.Errorf("p = %v, want %v", p, tc.p)
			}
		})
	}
}

func TestExactMatchesAsymptoticForLargeSamples(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	x := make([]float64, 8)
	y := make([]float64, 400)
	for i := range x {
		x[i] = rng.Float64() + 0.3
	}
	for i := range y {
		y[i] = rng.Float64()
	}
	ranks, tie := rankAll(x, y)
	_, pe := mannWhitney(ranks, tie, len(x), len(y), true)
	_, pa := mannWhitney(ranks, tie, len(x), len(y), false)
	if math.Abs(pe-pa) > 0.02 {
		t.Errorf("exact p %v and asymptotic p %v disagree", pe, pa)
	}
}

func TestUCountsSumToBinomial(t *testing.T) {
	for _, n := range [][2]int{{1, 1}, {3, 5}, {8, 8}, {8, 30}} {
		var sum float64
		for _, c := range uCounts(n[0], n[1]) {
			if c < 0 {
				t.Fatalf("negative count for %v", n)
			}
			sum += c
		}
		want := math.Round(math.Exp(lchoose(n[0]+n[1], n[0])))
		if math.Abs(sum-want) > 1e-6*want {
			t.Errorf("counts for %v sum to %v, want C = %v", n, sum, want)
		}
	}
}

func lchoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// TestMannWhitneyFalsePositiveRate draws 200 seeded pairs from one
// distribution; about 5% should reach p < 0.05 by chance, never far more.
func TestMannWhitneyFalsePositiveRate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	hits := 0
	for range 200 {
		_, p := MannWhitney(lognormal(rng, 25, 150), lognormal(rng, 25, 150))
		if p < 0.05 {
			hits++
		}
	}
	t.Logf("%d of 200 same-distribution pairs had p < 0.05", hits)
	if hits > 20 || hits == 0 {
		t.Errorf("%d of 200 same-distribution pairs had p < 0.05, want about 10 (1 to 20)", hits)
	}
}

// lognormal returns n TTFB-like samples around median ms, rounded to 0.1 ms.
func lognormal(rng *rand.Rand, n int, median float64) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.Round(10*median*math.Exp(0.3*rng.NormFloat64())) / 10
	}
	return out
}

func BenchmarkMannWhitney(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	x, y := lognormal(rng, 50, 150), lognormal(rng, 50, 160)
	for b.Loop() {
		MannWhitney(x, y)
	}
}

package diff

import (
	"math"
	"sort"
)

// exactMaxCells bounds n1*n2 for the exact distribution; beyond it the
// normal approximation is accurate and far cheaper.
const exactMaxCells = 20000

// MannWhitney runs the two-sided Mann-Whitney U test of x against y. u is
// the statistic of x (the number of pairs where x wins, ties counting one
// half), as scipy.stats.mannwhitneyu reports it. Like scipy's "auto"
// method, p comes from the exact distribution when either sample has at
// most 8 values and there are no ties, and otherwise from the normal
// approximation with tie correction and continuity correction. An empty
// sample gives u = 0 and p = 1.
func MannWhitney(x, y []float64) (u, p float64) {
	ranks, ties := rankAll(x, y)
	n1, n2 := len(x), len(y)
	if n1 == 0 || n2 == 0 {
		return 0, 1
	}
	exact := ties == 0 && min(n1, n2) <= 8 && n1*n2 <= exactMaxCells
	return mannWhitney(ranks, ties, n1, n2, exact)
}

func mannWhitney(ranks []float64, tieTerm float64, n1, n2 int, exact bool) (u, p float64) {
	var r1 float64
	for _, r := range ranks[:n1] {
		r1 += r
	}
	u1 := r1 - float64(n1*(n1+1))/2
	big := math.Max(u1, float64(n1*n2)-u1)
	if exact {
		return u1, clamp01(2 * exactSF(n1, n2, big))
	}
	return u1, clamp01(asymptoticP(n1, n2, big, tieTerm))
}

// rankAll returns the midranks of x followed by y, and the tie term
// sum(t^3 - t) over groups of t tied values.
func rankAll(x, y []float64) ([]float64, float64) {
	n := len(x) + len(y)
	idx := make([]int, n)
	vals := make([]float64, 0, n)
	vals = append(append(vals, x...), y...)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return vals[idx[a]] < vals[idx[b]] })
	ranks := make([]float64, n)
	var tie float64
	for i := 0; i < n; {
		j := i + 1
		for j < n && vals[idx[j]] == vals[idx[i]] {
			j++
		}
		mid := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			ranks[idx[k]] = mid
		}
		t := float64(j - i)
		tie += t*t*t - t
		i = j
	}
	return ranks, tie
}

// asymptoticP is the two-sided normal-approximation p-value for the larger
// of the two U statistics.
func asymptoticP(n1, n2 int, big, tieTerm float64) float64 {
	n := float64(n1 + n2)
	mu := float64(n1*n2) / 2
	v := float64(n1*n2) / 12 * ((n + 1) - tieTerm/(n*(n-1)))
	if v <= 0 || math.IsNaN(v) {
		return 1
	}
	z := (big - mu - 0.5) / math.Sqrt(v)
	return math.Erfc(z / math.Sqrt2)
}

// exactSF is P(U >= u) under the null hypothesis, from the counts of the
// Gaussian binomial coefficient [n1+n2 choose n1]_q.
func exactSF(n1, n2 int, u float64) float64 {
	counts := uCounts(n1, n2)
	var total, tail float64
	for k, c := range counts {
		total += c
		if float64(k) >= u-1e-9 {
			tail += c
		}
	}
	return tail / total
}

// uCounts returns, for each U from 0 to n1*n2, how many of the
// C(n1+n2, n1) arrangements give it.
func uCounts(n1, n2 int) []float64 {
	k, m := min(n1, n2), max(n1, n2)
	poly := make([]float64, k*m+1)
	poly[0] = 1
	for i := 1; i <= k; i++ {
		mulOneMinus(poly, m+i)
		divOneMinus(poly, i)
	}
	return poly
}

// mulOneMinus multiplies poly by (1 - q^d) in place, dropping terms past its length.
func mulOneMinus(poly []float64, d int) {
	for j := len(poly) - 1; j >= d; j-- {
		poly[j] -= poly[j-d]
	}
}

// divOneMinus divides poly by (1 - q^d) in place (the division is exact here).
func divOneMinus(poly []float64, d int) {
	for j := d; j < len(poly); j++ {
		poly[j] += poly[j-d]
	}
}

func clamp01(p float64) float64 {
	return math.Min(1, math.Max(0, p))
}

// median returns the median of xs, or NaN when empty.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	h := len(s) / 2
	if len(s)%2 == 1 {
		return s[h]
	}
	return (s[h-1] + s[h]) / 2
}

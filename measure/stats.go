package measure

import (
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat"

	"github.com/rendermap/rendermap"
)

// bootstrapRounds is the number of resamples behind a median interval.
const bootstrapRounds = 2000

// Summarize returns p50 (an actual sample), p95 (interpolated), min, max, a
// seeded bootstrap 95% interval for the median and the raw samples. NaN and
// negative values are dropped. The result is deterministic.
func Summarize(xs []float64) rendermap.Stats {
	clean := make([]float64, 0, len(xs))
	for _, x := range xs {
		if !math.IsNaN(x) && !math.IsInf(x, 0) && x >= 0 {
			clean = append(clean, round3(x))
		}
	}
	if len(clean) == 0 {
		return rendermap.Stats{}
	}
	sorted := slices.Clone(clean)
	slices.Sort(sorted)
	return rendermap.Stats{
		N:       len(sorted),
		P50:     stat.Quantile(0.5, stat.Empirical, sorted, nil),
		P95:     round3(stat.Quantile(0.95, stat.LinInterp, sorted, nil)),
		Min:     sorted[0],
		Max:     sorted[len(sorted)-1],
		CI95:    bootstrapMedianCI(sorted),
		Samples: clean,
	}
}

// bootstrapMedianCI is a percentile bootstrap 95% interval for the median,
// with a fixed seed so audits are reproducible.
func bootstrapMedianCI(sorted []float64) []float64 {
	if len(sorted) < 2 {
		return nil
	}
	rng := rand.New(rand.NewPCG(0x72656e64, uint64(len(sorted))))
	medians := make([]float64, bootstrapRounds)
	buf := make([]float64, len(sorted))
	for i := range medians {
		for j := range buf {
			buf[j] = sorted[rng.IntN(len(sorted))]
		}
		slices.Sort(buf)
		medians[i] = stat.Quantile(0.5, stat.Empirical, buf, nil)
	}
	slices.Sort(medians)
	return []float64{
		stat.Quantile(0.025, stat.Empirical, medians, nil),
		stat.Quantile(0.975, stat.Empirical, medians, nil),
	}
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// roundSig rounds x to 4 significant digits, for rates that span many
// orders of magnitude.
func roundSig(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	scale := math.Pow(10, 3-math.Floor(math.Log10(math.Abs(x))))
	return math.Round(x*scale) / scale
}

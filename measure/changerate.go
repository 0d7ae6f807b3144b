package measure

import (
	"math"
	"time"

	"gonum.org/v1/gonum/stat/distuv"

	"github.com/rendermap/rendermap"
)

const secondsPerDay = 86400

// RateFromAges estimates a Poisson change rate from the ages of pages (time
// since each last changed, e.g. now − sitemap lastmod). Under a Poisson model
// the age is exponential with the same rate, so the maximum-likelihood
// estimate is n / Σage, and 2λΣage ~ χ²(2n) gives the exact 95% interval.
// Ages under one second count as one second.
func RateFromAges(source string, ages []time.Duration) (rendermap.ChangeEstimate, bool) {
	if len(ages) == 0 {
		return rendermap.ChangeEstimate{}, false
	}
	var sum float64
	for _, a := range ages {
		sum += math.Max(a.Seconds(), 1)
	}
	n := float64(len(ages))
	days := sum / secondsPerDay
	lo := distuv.ChiSquared{K: 2 * n}.Quantile(0.025) / (2 * days)
	hi := distuv.ChiSquared{K: 2 * n}.Quantile(0.975) / (2 * days)
	return rendermap.ChangeEstimate{
		Source: source, N: len(ages), ChangesPerDay: roundSig(n / days),
		CI95: []float64{roundSig(lo), roundSig(hi)},
	}, true
}

// RateFromRechecks estimates a Poisson change rate from n pages re-fetched
// after interval, of which changed differed. P(change) = 1 − e^(−λt), so the
// MLE is −ln(1 − k/n)/t. The interval maps a Clopper-Pearson interval for
// k/n through the same function. When every page changed the estimate is a
// lower bound computed as if one half page had not.
func RateFromRechecks(changed, n int, interval time.Duration) (rendermap.ChangeEstimate, bool) {
	if n <= 0 || interval <= 0 || changed < 0 || changed > n {
		return rendermap.ChangeEstimate{}, false
	}
	days := interval.Seconds() / secondsPerDay
	k := float64(changed)
	pHat := k / float64(n)
	if changed == n {
		pHat = (k - 0.5) / float64(n)
	}
	lo, hi := clopperPearson(changed, n)
	rate := func(p float64) float64 { return roundSig(-math.Log1p(-p) / days) }
	return rendermap.ChangeEstimate{
		Source: "recheck", N: n, ChangesPerDay: rate(pHat),
		CI95: []float64{rate(lo), rate(math.Min(hi, 1-1e-9))},
	}, true
}

// clopperPearson is the exact 95% binomial interval for k of n.
func clopperPearson(k, n int) (lo, hi float64) {
	kf, nf := float64(k), float64(n)
	if k > 0 {
		lo = distuv.Beta{Alpha: kf, Beta: nf - kf + 1}.Quantile(0.025)
	}
	hi = 1
	if k < n {
		hi = distuv.Beta{Alpha: kf + 1, Beta: nf - kf}.Quantile(0.975)
	}
	return lo, hi
}

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

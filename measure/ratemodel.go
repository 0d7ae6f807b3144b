package measure

import (
	"math"
	"time"

	"github.com/rendermap/rendermap"
)

// ChangeData is what the sources say about a pattern's change rate under a
// Poisson model, in seconds: re-fetch gaps across which the content changed,
// the total length of gaps without a change, and ages since the last change
// (sitemap lastmod, Last-Modified).
type ChangeData struct {
	Changed   []float64
	Unchanged float64
	Ages      []float64
}

// Rate bounds for the search, per second: one change in about 30 years to
// a thousand a second.
const (
	minRate = 1e-9
	maxRate = 1e3
	// lrDrop is half the 95% quantile of χ²(1): the likelihood-ratio interval.
	lrDrop = 3.841458820694124 / 2
	// zeroBound is −ln 0.05: with no change in exposure E, λ < zeroBound/E at 95%.
	zeroBound = 2.995732273553991
)

// logLik is the log-likelihood of rate l (per second): a gap of length g
// holds a change with probability 1 − e^(−lg), holds none with e^(−lg), and
// an age a since the last change has density l·e^(−la).
func (d ChangeData) logLik(l float64) float64 {
	ll := -l*d.Unchanged + float64(len(d.Ages))*math.Log(l)
	for _, g := range d.Changed {
		ll += math.Log(-math.Expm1(-l * g))
	}
	for _, a := range d.Ages {
		ll -= l * a
	}
	return ll
}

// slope is the derivative of logLik; it falls as l grows (logLik is concave).
func (d ChangeData) slope(l float64) float64 {
	s := -d.Unchanged + float64(len(d.Ages))/l
	for _, g := range d.Changed {
		s += g / math.Expm1(l*g)
	}
	for _, a := range d.Ages {
		s -= a
	}
	return s
}

// empty reports whether there is nothing to estimate from.
func (d ChangeData) empty() bool {
	return len(d.Changed) == 0 && len(d.Ages) == 0 && d.Unchanged <= 0
}

// withFloor adds half the shortest changed gap as unchanged time when every
// gap changed and no age is known: the maximum would otherwise be infinite
// ("changes on every look"), and this keeps it finite and conservative.
func (d ChangeData) withFloor() ChangeData {
	if d.Unchanged > 0 || len(d.Ages) > 0 || len(d.Changed) == 0 {
		return d
	}
	short := d.Changed[0]
	for _, g := range d.Changed {
		short = math.Min(short, g)
	}
	d.Unchanged = short / 2
	return d
}

// Estimate returns the maximum-likelihood change rate with its 95%
// likelihood-ratio interval, per day. With no change and no age the
// estimate is an upper bound: −ln(0.05)/exposure, never a measured 0.
func (d ChangeData) Estimate(source string, n int) (rendermap.ChangeEstimate, bool) {
	if d.empty() {
		return rendermap.ChangeEstimate{}, false
	}
	d = d.withFloor()
	e := rendermap.ChangeEstimate{Source: source, N: n}
	if len(d.Changed) == 0 && len(d.Ages) == 0 {
		hi := perDay(zeroBound / d.Unchanged)
		e.ChangesPerDay, e.CI95, e.UpperBound = hi, []float64{0, hi}, true
		return e, true
	}
	l := d.mle()
	top := d.logLik(l)
	lo := bisect(minRate, l, func(x float64) bool { return top-d.logLik(x) > lrDrop })
	hi := bisect(l, maxRate, func(x float64) bool { return top-d.logLik(x) <= lrDrop })
	e.ChangesPerDay, e.CI95 = perDay(l), []float64{perDay(lo), perDay(hi)}
	return e, true
}

// mle finds the root of the slope by bisection on a log scale.
func (d ChangeData) mle() float64 {
	return bisect(minRate, maxRate, func(x float64) bool { return d.slope(x) > 0 })
}

// bisect returns the boundary between lo, where below(x) holds, and hi,
// where it does not, on a log scale; below must be monotone.
func bisect(lo, hi float64, below func(float64) bool) float64 {
	if !below(lo) {
		return lo
	}
	if below(hi) {
		return hi
	}
	for range 100 {
		mid := math.Sqrt(lo * hi)
		if below(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return math.Sqrt(lo * hi)
}

// secondsPerDay converts the model's per-second rates to per-day ones.
const secondsPerDay = 86400

func perDay(perSecond float64) float64 { return roundSig(perSecond * secondsPerDay) }

// agesOf turns durations into seconds, floored at one second.
func agesOf(ds []time.Duration) []float64 {
	out := make([]float64, 0, len(ds))
	for _, d := range ds {
		out = append(out, math.Max(d.Seconds(), 1))
	}
	return out
}

// overlap reports whether two intervals [lo, hi] share a point.
func overlap(a, b []float64) bool {
	return len(a) == 2 && len(b) == 2 && a[0] <= b[1] && b[0] <= a[1]
}

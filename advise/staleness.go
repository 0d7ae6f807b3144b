package advise

import "math"

// expectedLag is the expected staleness of a copy refreshed every w seconds
// while the source changes as a Poisson process of rate r per second: for a
// copy of age a the stale time is a - (1-e^(-ra))/r, averaged over a
// uniform on [0, w]. It tends to w/2 for fast changes and 0 for none.
func expectedLag(w, r float64) float64 {
	if w <= 0 || r <= 0 || math.IsNaN(w) || math.IsNaN(r) {
		return 0
	}
	x := r * w
	if x < 1e-4 {
		return w * x / 6 // series: w(x/6 - x²/24 + ...)
	}
	return w/2 - (1-(1-math.Exp(-x))/x)/r
}

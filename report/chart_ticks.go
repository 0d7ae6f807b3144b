package report

import (
	"fmt"
	"math"
	"strconv"

	"gonum.org/v1/plot"
)

// intTicks marks whole numbers only, at a step of 1, 2 or 5 times a power
// of ten that gives at most seven labels: counts never read 2.5.
type intTicks struct{}

// Ticks implements plot.Ticker.
func (intTicks) Ticks(lo, hi float64) []plot.Tick {
	if bad(lo) || bad(hi) || hi < lo {
		return nil
	}
	step := niceStep(hi-lo, 6, 1)
	var out []plot.Tick
	for v := math.Ceil(lo/step) * step; v <= hi+1e-9 && len(out) < 50; v += step {
		out = append(out, plot.Tick{Value: v, Label: fmtInt(int64(math.Round(v)))})
	}
	return out
}

// niceStep is the smallest step of 1, 2 or 5 times a power of ten, and at
// least least, that splits span into at most steps steps.
func niceStep(span float64, steps int, least float64) float64 {
	mag := math.Pow(10, math.Floor(math.Log10(span/float64(steps))))
	for _, m := range []float64{1, 2, 5, 10} {
		if s := m * mag; s >= least && span/s <= float64(steps) {
			return s
		}
	}
	return max(10*mag, least)
}

// powerTicks marks powers of ten in [lo, hi] with label(value); over many
// decades it marks every second or third one so labels keep their room.
type powerTicks struct{ label func(float64) string }

// Ticks implements plot.Ticker.
func (t powerTicks) Ticks(lo, hi float64) []plot.Tick {
	if lo <= 0 || bad(lo) || bad(hi) {
		return nil
	}
	first, last := math.Ceil(math.Log10(lo)-1e-9), math.Floor(math.Log10(hi)+1e-9)
	every := math.Max(1, math.Ceil((last-first+1)/8))
	var out []plot.Tick
	for e := first; e <= last; e += every {
		v := math.Pow(10, e)
		out = append(out, plot.Tick{Value: v, Label: t.label(v)})
	}
	return out
}

// durationTicks marks round durations on a logarithmic seconds axis,
// skipping those too close to the previous one for the axis's range.
type durationTicks struct{}

var roundDurations = []float64{1, 10, 60, 600, 3600, 6 * 3600, 86400, 7 * 86400, 30 * 86400, 365 * 86400}

// Ticks implements plot.Ticker.
func (durationTicks) Ticks(lo, hi float64) []plot.Tick {
	if lo <= 0 || bad(lo) || bad(hi) {
		return nil
	}
	// Labels need about a tenth of the axis each.
	gap := math.Log10(hi/lo) / 10
	var out []plot.Tick
	prev := math.Inf(-1)
	for _, v := range roundDurations {
		if v >= lo*0.999 && v <= hi*1.001 && math.Log10(v)-prev >= gap {
			out = append(out, plot.Tick{Value: v, Label: fmtDur(v)})
			prev = math.Log10(v)
		}
	}
	return out
}

// countLabel formats a power of ten compactly: 1, 100, 10k, 1M.
func countLabel(v float64) string {
	switch {
	case v >= 1e6:
		return fmt.Sprintf("%gM", v/1e6)
	case v >= 1e3:
		return fmt.Sprintf("%gk", v/1e3)
	}
	return fmt.Sprintf("%g", v)
}

// qtyLabel formats a power of ten on a cost axis: 0.01, 1, 100, 10k, 1M.
func qtyLabel(v float64) string {
	if v < 1 {
		return fmt.Sprintf("%g", v)
	}
	return countLabel(v)
}

// roundTicks marks a linear axis at 1, 2 or 5 times a power of ten, at
// most six labels, each with no more decimals than its step needs (20, 25,
// 30 ms rather than 22.50, 30.00).
type roundTicks struct{}

// Ticks implements plot.Ticker.
func (roundTicks) Ticks(lo, hi float64) []plot.Tick {
	if bad(lo) || bad(hi) || hi <= lo {
		return nil
	}
	step := niceStep(hi-lo, 5, 0)
	decimals := max(0, -int(math.Floor(math.Log10(step)+1e-9)))
	var out []plot.Tick
	for i := math.Ceil(lo/step - 1e-9); i*step <= hi+step*1e-9 && len(out) < 50; i++ {
		v := i * step
		out = append(out, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', decimals, 64)})
	}
	return out
}

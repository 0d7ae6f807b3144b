package advise

import (
	"fmt"
	"math"
	"strconv"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// human formats seconds as a short duration: "45 s", "10 min", "2.5 h", "3 days".
func human(s float64) string {
	switch {
	case math.IsInf(s, 0) || math.IsNaN(s):
		return "unbounded"
	case s < 1:
		return num(s*1000) + " ms"
	case s < 120:
		return num(s) + " s"
	case s < 2*3600:
		return num(s/60) + " min"
	case s < 2*day:
		return num(s/3600) + " h"
	}
	return num(s/day) + " days"
}

// num formats a figure with at most three significant digits and thousands separators.
func num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "n/a"
	}
	if math.Abs(x) >= 1000 {
		return thousands.Sprintf("%d", int64(math.Round(x)))
	}
	return strconv.FormatFloat(x, 'g', 3, 64)
}

// thousands formats integers with English thousands separators (1,234).
var thousands = message.NewPrinter(language.English)

func secs(x float64) string { return fmt.Sprintf("%s compute-s/day", num(x)) }

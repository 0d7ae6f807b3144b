package advise

import (
	"fmt"
	"math"
	"strconv"
	"strings"
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
		return group(strconv.FormatFloat(math.Round(x), 'f', -1, 64))
	}
	return strconv.FormatFloat(x, 'g', 3, 64)
}

func group(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func secs(x float64) string { return fmt.Sprintf("%s compute-s/day", num(x)) }

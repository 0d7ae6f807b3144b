package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/rendermap/rendermap"
)

// fmtMS formats milliseconds: one decimal below 10 ms, whole numbers above.
func fmtMS(v float64) string {
	if bad(v) {
		return "–"
	}
	if v < 10 {
		return strconv.FormatFloat(v, 'f', 1, 64)
	}
	return fmtInt(int64(math.Round(v)))
}

// thousands formats integers with English thousands separators (1,234).
var thousands = message.NewPrinter(language.English)

// fmtInt formats an integer with thousands separators.
func fmtInt(n int64) string { return thousands.Sprintf("%d", n) }

// fmtQty formats a quantity compactly: 0.04, 3.5, 640, 6,400, 1.8M.
func fmtQty(v float64) string {
	a := math.Abs(v)
	switch {
	case bad(v):
		return "–"
	case a >= 1e9:
		return strconv.FormatFloat(v/1e9, 'f', 1, 64) + "G"
	case a >= 1e6:
		return strconv.FormatFloat(v/1e6, 'f', 1, 64) + "M"
	case a >= 100:
		return fmtInt(int64(math.Round(v)))
	case a >= 1:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case a == 0:
		return "0"
	}
	return strconv.FormatFloat(v, 'g', 2, 64)
}

// fmtPct formats a fraction as a whole percentage.
func fmtPct(f float64) string {
	if bad(f) {
		return "–"
	}
	return strconv.Itoa(int(math.Round(f*100))) + "%"
}

// fmtDur formats seconds compactly: 45s, 9m, 1h30m, 2d.
func fmtDur(sec float64) string {
	if bad(sec) || sec < 0 {
		return "–"
	}
	s := int64(math.Round(sec))
	switch {
	case s < 60:
		return fmt.Sprintf("%ds", s)
	case s < 3600:
		return joinUnits(s/60, "m", s%60, "s")
	case s < 86400:
		return joinUnits(s/3600, "h", s%3600/60, "m")
	}
	return joinUnits(s/86400, "d", s%86400/3600, "h")
}

func joinUnits(a int64, ua string, b int64, ub string) string {
	if b == 0 {
		return fmt.Sprintf("%d%s", a, ua)
	}
	return fmt.Sprintf("%d%s%d%s", a, ua, b, ub)
}

func bad(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) }

// strategyLabel names a strategy with its revalidate interval: "isr 5m".
func strategyLabel(s rendermap.Strategy, revalidate int64) string {
	switch {
	case s == "":
		return "unknown"
	case s == rendermap.ISR && revalidate > 0:
		return "isr " + fmtDur(float64(revalidate))
	}
	return string(s)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// truncateMiddle shortens s to at most n runes by replacing its middle with
// an ellipsis, keeping both the start and the end of a route pattern.
func truncateMiddle(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n < 3 {
		return string([]rune(s)[:max(n, 0)])
	}
	r := []rune(s)
	head := (n - 1) / 2
	tail := n - 1 - head
	return string(r[:head]) + "…" + string(r[len(r)-tail:])
}

// oneLine collapses control characters and newlines into spaces so site text
// cannot break a table row or inject terminal escapes.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// plural formats a count with its noun: "1 route", "2,140 pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmtInt(int64(n)) + " " + noun + "s"
}

// fmtRead rounds a figure for reading: whole numbers with thousands
// separators from 10 up (237, 5,813, 1.8M), two significant digits below
// (0.29, 1.1, 0.0083). Exact values stay in audit.json.
func fmtRead(v float64) string {
	a := math.Abs(v)
	switch {
	case bad(v):
		return "–"
	case a >= 100:
		return fmtQty(v)
	case a >= 9.95:
		return fmtInt(int64(math.Round(v)))
	case a < 1e-9:
		return "0"
	}
	digits := min(12, max(0, 1-int(math.Floor(math.Log10(a)))))
	s := strconv.FormatFloat(v, 'f', digits, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// negligible is true for a saving too small to mention (under 0.01 of its
// unit a day).
func negligible(v float64) bool { return bad(v) || math.Abs(v) < 0.01 }

// fmtRate words a rate per day: "503 a day", "once every 120 days".
func fmtRate(perDay float64) string {
	switch {
	case bad(perDay):
		return "–"
	case perDay <= 0:
		return "none seen"
	case perDay >= 1:
		return fmtRead(perDay) + " a day"
	}
	return "once every " + fmtDurWords(86400/perDay)
}

// fmtDurWords formats seconds for a sentence: "45 s", "90 s", "59 min",
// "1 h", "1 h 30 min", "2 days".
func fmtDurWords(sec float64) string {
	if bad(sec) || sec < 0 {
		return "–"
	}
	s := int64(math.Round(sec))
	switch {
	case s < 120:
		return fmt.Sprintf("%d s", s)
	case s < 3600:
		return fmt.Sprintf("%d min", (s+30)/60)
	case s < 86400:
		m := (s + 30) / 60
		if m%60 == 0 {
			return fmt.Sprintf("%d h", m/60)
		}
		return fmt.Sprintf("%d h %d min", m/60, m%60)
	}
	d := (s + 43200) / 86400
	if d == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", d)
}

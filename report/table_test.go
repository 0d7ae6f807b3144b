package report

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

var ansiRE = regexp.MustCompile(`\x1b\[[0-9;]*m`)

func TestTable_Fits100Columns(t *testing.T) {
	a := testkit.SampleAudit(t)
	long := "/catalogue/[department]/[category]/[subcategory]/products/[manufacturer]/[id]/reviews/[reviewId]"
	a.Routes[3].Pattern = long
	a.Routes[4].Recommendation.RevalidateSeconds = 86400 + 3600
	for _, color := range []bool{false, true} {
		out := renderString(t, "table", a, Options{Color: color})
		for i, line := range strings.Split(ansiRE.ReplaceAllString(out, ""), "\n") {
			if w := utf8.RuneCountInString(line); w > tableWidth {
				t.Errorf("color=%v line %d is %d columns: %q", color, i+1, w, line)
			}
		}
		if strings.Contains(out, long) {
			t.Error("long pattern was not truncated")
		}
		if !strings.Contains(out, "/catalogue/") || !strings.Contains(out, "[reviewId]") {
			t.Errorf("truncation lost the start or end of the pattern:\n%s", out)
		}
		if got := strings.Contains(out, "\x1b["); got != color {
			t.Errorf("color=%v but ANSI escapes present=%v", color, got)
		}
	}
}

func TestTable_SortedAndComplete(t *testing.T) {
	a := testkit.SampleAudit(t)
	slices.Reverse(a.Routes)
	out := renderString(t, "table", a, Options{})
	last := -1
	for _, r := range testkit.SampleAudit(t).Routes {
		i := strings.Index(out, "\n"+r.Pattern+" ")
		if i < 0 {
			t.Fatalf("pattern %s missing:\n%s", r.Pattern, out)
		}
		if i < last {
			t.Errorf("pattern %s out of order", r.Pattern)
		}
		last = i
	}
}

func TestTable_ControlCharacters(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.Routes[0].Pattern = "/evil\x1b[31m\nrow"
	out := renderString(t, "table", a, Options{})
	if strings.Contains(out, "\x1b") {
		t.Error("site text injected a terminal escape")
	}
}

func TestTruncateMiddle(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"/short", 10, "/short"},
		{"/abcdefghij", 7, "/ab…hij"},
		{"/abcdefghij", 8, "/ab…ghij"},
		{"/äöü/ßéèê", 5, "/ä…èê"},
		{"/abc", 2, "/a"},
		{"/abc", 0, ""},
	}
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			got := truncateMiddle(tc.in, tc.n)
			if got != tc.want {
				t.Errorf("truncateMiddle(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
			if utf8.RuneCountInString(got) > max(tc.n, 0) {
				t.Errorf("result longer than %d", tc.n)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	cases := []struct{ name, got, want string }{
		{"dur seconds", fmtDur(45), "45s"},
		{"dur minutes", fmtDur(540), "9m"},
		{"dur mixed", fmtDur(62), "1m2s"},
		{"dur hours", fmtDur(5400), "1h30m"},
		{"dur days", fmtDur(2 * 86400), "2d"},
		{"qty small", fmtQty(0.036), "0.036"},
		{"qty unit", fmtQty(3.54), "3.5"},
		{"qty thousands", fmtQty(80000), "80,000"},
		{"qty millions", fmtQty(1.8e6), "1.8M"},
		{"ms small", fmtMS(1.26), "1.3"},
		{"ms large", fmtMS(1234.4), "1,234"},
		{"int negative", fmtInt(-1234567), "-1,234,567"},
		{"pct", fmtPct(0.624), "62%"},
		{"strategy isr", strategyLabel(rendermap.ISR, 300), "isr 5m"},
		{"strategy unknown", strategyLabel("", 0), "unknown"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %q, want %q", tc.got, tc.want)
			}
		})
	}
}

package report

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/markdown"
)

// checkRow is one assertion outcome as the reports show it.
type checkRow struct {
	Pattern, Assertion, Level, Outcome, Actual, Message string
	Failed                                              bool
}

// checkRows lists a's assertion outcomes, failures first, in a stable order.
func checkRows(a *rendermap.Audit) []checkRow {
	var failed, passed []checkRow
	for _, c := range a.Checks {
		row := checkRow{Pattern: c.Pattern, Assertion: c.Assertion, Level: c.Level, Actual: c.Actual, Message: c.Message, Outcome: "pass"}
		if c.Retried {
			row.Message = strings.TrimSpace(row.Message + " (re-measured before it counted)")
		}
		if !c.Passed {
			row.Outcome, row.Failed = "FAIL", true
			if c.Level == "warn" {
				row.Outcome = "warn"
			}
			failed = append(failed, row)
			continue
		}
		passed = append(passed, row)
	}
	return append(failed, passed...)
}

// mdChecks is the Markdown section of assertion outcomes; empty when there are none.
func mdChecks(a *rendermap.Audit) string {
	rows := checkRows(a)
	if len(rows) == 0 {
		return ""
	}
	errs, warns := 0, 0
	var table [][]string
	for _, r := range rows {
		if r.Outcome == "FAIL" {
			errs++
		} else if r.Outcome == "warn" {
			warns++
		}
		if len(table) < maxChanges {
			table = append(table, []string{r.Outcome, markdown.Code(oneLine(r.Pattern)), markdown.Code(r.Assertion), markdown.Text(r.Actual), markdown.Text(r.Message)})
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n### Assertions\n\n%d checked: %d failed, %d warnings.\n\n", len(rows), errs, warns)
	b.WriteString(mdTable([]string{"outcome", "pattern", "assertion", "actual", "note"}, "lllll", table))
	if len(rows) > len(table) {
		fmt.Fprintf(&b, "\n_%d more outcomes left out; see audit.json._\n", len(rows)-len(table))
	}
	return b.String()
}

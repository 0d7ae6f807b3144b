package report

import (
	_ "embed"

	"github.com/rendermap/rendermap"
)

// notAuditedRow is one pattern kept out of the audit, as the HTML shows it.
type notAuditedRow struct {
	Pattern, URLs, Message string
}

func notAuditedRows(a *rendermap.Audit) []notAuditedRow {
	var out []notAuditedRow
	for _, u := range a.NotAudited {
		out = append(out, notAuditedRow{Pattern: u.Pattern, URLs: notAuditedCount(u), Message: u.Message})
	}
	return out
}

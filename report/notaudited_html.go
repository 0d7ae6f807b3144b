package report

import (
	_ "embed"
	"html/template"

	"github.com/rendermap/rendermap"
)

// notAuditedTemplate defines the HTML block "not-audited", kept apart
// from the main template.
//
//go:embed assets/notaudited.html.tmpl
var notAuditedTemplate string

func init() {
	template.Must(htmlTemplate.New("not-audited").Parse(notAuditedTemplate))
}

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

package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/markdown"
)

// maxNotAudited caps the not-audited patterns the table and Markdown list;
// audit.json and the HTML report have them all.
const maxNotAudited = 20

// notAuditedCount is "3 URLs" or "at least 3 URLs".
func notAuditedCount(u rendermap.Unaudited) string {
	n := plural(u.URLs, "URL")
	if u.URLsLowerBound {
		n = "at least " + n
	}
	return n
}

// WriteNotAudited writes, after a blank line, one line per pattern kept
// out of the audit, such as "not audited: /app/[...path], 3 URLs,
// disallowed by robots.txt; ...", at most maxNotAudited; nothing when
// there are none.
func WriteNotAudited(w io.Writer, list []rendermap.Unaudited) error {
	var buf bytes.Buffer
	writeNotAudited(&buf, list)
	_, err := w.Write(buf.Bytes())
	return err
}

func writeNotAudited(buf *bytes.Buffer, list []rendermap.Unaudited) {
	if len(list) > 0 {
		buf.WriteByte('\n')
	}
	for i, u := range list {
		if i == maxNotAudited {
			fmt.Fprintf(buf, "not audited: %d more patterns (see audit.json)\n", len(list)-i)
			return
		}
		fmt.Fprintf(buf, "not audited: %s, %s, %s\n", oneLine(u.Pattern), notAuditedCount(u), oneLine(u.Message))
	}
}

// mdNotAudited is the Markdown section listing what was not audited.
func mdNotAudited(a *rendermap.Audit) string {
	if len(a.NotAudited) == 0 {
		return ""
	}
	var rows [][]string
	for i, u := range a.NotAudited {
		if i == maxNotAudited {
			rows = append(rows, []string{"…", fmt.Sprint(len(a.NotAudited) - i), "more patterns; see report.html"})
			break
		}
		rows = append(rows, []string{markdown.Code(u.Pattern), markdown.Text(notAuditedCount(u)), markdown.Text(u.Message)})
	}
	return "\n### Not audited\n\n" + mdTable([]string{"pattern", "URLs", "why"}, "lrl", rows)
}

// junitSkipped is one skipped test case per pattern not audited.
func junitSkipped(a *rendermap.Audit) []junitCase {
	var out []junitCase
	for _, u := range a.NotAudited {
		msg := xmlSafe(notAuditedCount(u) + ", " + u.Message)
		out = append(out, junitCase{Name: xmlSafe(u.Pattern), Classname: "rendermap.not_audited", Time: "0", Skipped: &junitSkip{Message: msg}})
	}
	return out
}

// junitSkip marks a test case as skipped.
type junitSkip struct {
	XMLName xml.Name `xml:"skipped"`
	Message string   `xml:"message,attr"`
}

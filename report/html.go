package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/rendermap/rendermap"
)

// ContentSecurityPolicy is the policy the HTML report carries: no scripts,
// no fetches, no fonts, no images; only inline styles (the charts are
// inline SVG).
const ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"

//go:embed assets/report.html.tmpl
var reportTemplate string

//go:embed assets/report.css
var reportCSS string

// notAuditedTemplate defines the HTML block "not-audited", kept in a file
// of its own.
//
//go:embed assets/notaudited.html.tmpl
var notAuditedTemplate string

var htmlTemplate = parseHTML()

// parseHTML parses the report template and the blocks kept apart from it.
func parseHTML() *template.Template {
	t := template.Must(template.New("report").Funcs(template.FuncMap{
		"csp":     func() string { return ContentSecurityPolicy },
		"pattern": breakablePattern,
	}).Parse(reportTemplate))
	template.Must(t.New("not-audited").Parse(notAuditedTemplate))
	return t
}

// breakablePattern escapes a route pattern and lets it wrap after each
// slash (<wbr>), so a long pattern breaks between segments, not inside one.
func breakablePattern(p string) template.HTML {
	parts := strings.SplitAfter(p, "/")
	for i := range parts {
		parts[i] = template.HTMLEscapeString(parts[i])
	}
	return template.HTML(strings.Join(parts, "<wbr>"))
}

// HTML writes one self-contained page for architecture reviews: summary,
// route table, evidence per route, cost comparison, assumptions and method.
// CSS and SVG charts are inline, there are no scripts, and a
// Content-Security-Policy forbids every external request.
func HTML(w io.Writer, a *rendermap.Audit, opt Options) error {
	return render(w, a, opt, func(buf *bytes.Buffer, a *rendermap.Audit, opt Options) error {
		page, err := buildPage(a, opt)
		if err != nil {
			return err
		}
		if err := htmlTemplate.Execute(buf, page); err != nil {
			return fmt.Errorf("render html: %w", err)
		}
		return nil
	})
}

package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/rendermap/rendermap"
)

// MarkdownLimit is the most characters (bytes) Markdown writes; GitHub
// rejects comments and step summaries above 65,536.
const MarkdownLimit = 65000

// maxChanges caps the changes listed in Markdown; the HTML report has all.
const maxChanges = 50

// Markdown writes a summary, the route table and the changes to make, for a
// pull-request comment or a CI step summary. Output stays under
// MarkdownLimit; long tables are cut with a note.
func Markdown(w io.Writer, a *rendermap.Audit, opt Options) error {
	return render(w, a, opt, func(buf *bytes.Buffer, a *rendermap.Audit, opt Options) error {
		buf.WriteString(markdownDoc(a, opt, MarkdownLimit))
		return nil
	})
}

// markdownDoc assembles the document so that it fits limit: the summary and
// the changes are kept whole, and the route table gets what is left.
func markdownDoc(a *rendermap.Audit, opt Options, limit int) string {
	head := mdSummary(a, opt)
	tail := mdNotAudited(a) + mdChecks(a) + mdChanges(a) + mdAssumptions(a)
	budget := limit - len(head) - len(tail)
	return head + mdRoutes(a, budget) + tail
}

func mdSummary(a *rendermap.Audit, opt Options) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## rendermap: %s\n\n", mdText(a.Site.Origin))
	fmt.Fprintf(&b, "Audited %d routes (%s pages) at %s with %s %s. **%d to change.**\n\n",
		len(a.Routes), fmtInt(int64(totalPages(a))), mdText(generatedAt(a, opt)),
		mdText(a.Tool.Name), mdText(a.Tool.Version), len(changes(a)))
	if !a.Complete {
		fmt.Fprintf(&b, "> **Incomplete audit:** %s\n\n", mdText(orDash(a.IncompleteReason)))
	}
	b.WriteString("### Strategy mix\n\n")
	rows := [][]string{}
	for _, m := range strategyMix(a) {
		rows = append(rows, []string{m.Strategy, fmt.Sprint(m.NowRoutes), fmt.Sprint(m.RecRoutes), fmtInt(int64(m.NowPages)), fmtInt(int64(m.RecPages))})
	}
	b.WriteString(mdTable([]string{"strategy", "routes now", "routes recommended", "pages now", "pages recommended"}, "lrrrr", rows))
	return b.String()
}

func mdRoutes(a *rendermap.Audit, budget int) string {
	var b strings.Builder
	b.WriteString("\n### Routes\n\n")
	header := mdTable([]string{"pattern", "pages", "TTFB p50/p95", "cacheable", "personalized", "current", "recommended", "confidence"}, "lrrllllll", nil)
	b.WriteString(header)
	rows := tableRows(a)
	for i, row := range rows {
		row[0] = mdCode(row[0])
		line := mdRow(row)
		if b.Len()+len(line)+200 > budget {
			fmt.Fprintf(&b, "\n_%d more routes left out to stay under %s characters; see report.html or audit.json._\n", len(rows)-i, fmtInt(MarkdownLimit))
			return b.String()
		}
		b.WriteString(line)
	}
	return b.String()
}

func mdChanges(a *rendermap.Audit) string {
	cs := changes(a)
	var b strings.Builder
	b.WriteString("\n### Changes to make\n\n")
	if len(cs) == 0 {
		b.WriteString("None: every route is already served the recommended way.\n")
		return b.String()
	}
	var rows [][]string
	for i, c := range cs[:min(len(cs), maxChanges)] {
		rows = append(rows, []string{fmt.Sprint(i + 1), mdCode(oneLine(c.Route.Pattern)), mdText(c.From), mdText(c.To), impactLabel(c), mdText(firstReason(c.Route))})
	}
	b.WriteString(mdTable([]string{"#", "pattern", "from", "to", "impact (compute-s/day)", "why"}, "rlllrl", rows))
	if len(cs) > maxChanges {
		fmt.Fprintf(&b, "\n_%d more changes left out; see report.html._\n", len(cs)-maxChanges)
	}
	b.WriteString("\nRanked by compute-seconds per day saved (or spent today when the recommended strategy's cost is not modelled), then visits per day.\n")
	return b.String()
}

func mdAssumptions(a *rendermap.Audit) string {
	if a.Model == nil || len(a.Model.Assumptions) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n<details><summary>Assumptions</summary>\n\n")
	for i, s := range a.Model.Assumptions {
		if i == 20 {
			fmt.Fprintf(&b, "- … and %d more (see report.html)\n", len(a.Model.Assumptions)-i)
			break
		}
		fmt.Fprintf(&b, "- %s\n", mdText(truncateMiddle(s, 300)))
	}
	b.WriteString("\n</details>\n")
	return b.String()
}

// impactLabel states a change's impact: "saves 73,600", "≤ 80,000" or "–".
func impactLabel(c change) string {
	switch {
	case !c.Known:
		return "–"
	case c.Saved:
		return "saves " + fmtQty(c.Impact)
	}
	return "≤ " + fmtQty(c.Impact)
}

func firstReason(r *rendermap.Route) string {
	if len(r.Recommendation.Reasons) == 0 {
		return ""
	}
	return truncateMiddle(oneLine(r.Recommendation.Reasons[0]), 240)
}

func mdTable(header []string, align string, rows [][]string) string {
	var b strings.Builder
	b.WriteString(mdRow(header))
	seps := make([]string, len(header))
	for i := range seps {
		seps[i] = "---"
		if i < len(align) && align[i] == 'r' {
			seps[i] = "--:"
		}
	}
	b.WriteString(mdRow(seps))
	for _, row := range rows {
		b.WriteString(mdRow(row))
	}
	return b.String()
}

func mdRow(cells []string) string {
	return "| " + strings.Join(cells, " | ") + " |\n"
}

// mdEscaper backslash-escapes Markdown and HTML syntax in site text.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`, "!", `\!`, "&", "&amp;", "~", `\~`,
)

// mdText makes site text inert in Markdown, on one line.
func mdText(s string) string {
	return mdEscaper.Replace(oneLine(s))
}

// mdCode shows s as a code span; backticks become quotes and pipes are
// escaped so the span cannot end early or split a table cell.
func mdCode(s string) string {
	s = strings.ReplaceAll(oneLine(s), "`", "'")
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

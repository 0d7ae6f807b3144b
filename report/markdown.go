package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/markdown"
)

// MarkdownLimit is the most characters (bytes) Markdown writes; GitHub
// rejects comments and step summaries above 65,536.
const MarkdownLimit = 65000

// maxChanges caps the changes listed in Markdown; the HTML report has all.
const maxChanges = 50

// Markdown writes, for a pull-request comment or a CI step summary, the
// changes to make first, with what each buys visitors and saves, then the
// routes already right, the strategy mix and the route table. Output stays
// under MarkdownLimit; long tables are cut with a note.
func Markdown(w io.Writer, a *rendermap.Audit, opt Options) error {
	return render(w, a, opt, func(buf *bytes.Buffer, a *rendermap.Audit, opt Options) error {
		buf.WriteString(markdownDoc(a, opt, MarkdownLimit))
		return nil
	})
}

// markdownDoc assembles the document so that it fits limit: the summary and
// the changes are kept whole, and the route table gets what is left.
func markdownDoc(a *rendermap.Audit, opt Options, limit int) string {
	cs := changes(a)
	head := mdSummary(a, opt, cs) + mdChanges(cs) + mdRight(a) + mdMix(a)
	tail := mdNotAudited(a) + mdChecks(a) + mdAssumptions(a)
	budget := limit - len(head) - len(tail)
	return head + mdRoutes(a, budget) + tail
}

func mdSummary(a *rendermap.Audit, opt Options, cs []change) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## rendermap: %s\n\n", markdown.Text(a.Site.Origin))
	fmt.Fprintf(&b, "%s Audited %s (%s pages) at %s with %s %s.\n\n",
		markdown.Text(stackSentence(a)), plural(len(a.Routes), "route"), fmtInt(int64(totalPages(a))), markdown.Text(generatedAt(a, opt)),
		markdown.Text(a.Tool.Name), markdown.Text(a.Tool.Version))
	if !a.Complete {
		fmt.Fprintf(&b, "> **Incomplete audit:** %s\n\n", markdown.Text(orDash(a.IncompleteReason)))
	}
	headline, rest := leadParts(a, cs)
	fmt.Fprintf(&b, "**%s** %s\n", markdown.Text(headline), markdown.Text(rest))
	return b.String()
}

func mdChanges(cs []change) string {
	if len(cs) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n### Changes to make\n\n")
	money := false
	for _, c := range cs {
		money = money || c.priced()
	}
	header, align := []string{"#", "route", "change", "first byte, far visitor", "first byte, near visitor", "origin requests a day", "compute-s a day"}, "rllrrrr"
	if money {
		header, align = append(header, "money a day"), align+"r"
	}
	header, align = append(header, "confidence", "why"), align+"ll"
	var rows [][]string
	for i, c := range cs[:min(len(cs), maxChanges)] {
		rows = append(rows, mdChangeRow(i+1, c, money))
	}
	b.WriteString(mdTable(header, align, rows))
	if len(cs) > maxChanges {
		fmt.Fprintf(&b, "\n_%d more changes left out; see report.html._\n", len(cs)-maxChanges)
	}
	b.WriteString("\nRanked by how much sooner a visitor far from the origin gets the first byte, then by compute saved. Figures are rounded; exact values are in audit.json.\n")
	return b.String()
}

func mdChangeRow(rank int, c change, money bool) []string {
	far, near := "–", "–"
	if g := c.Gain; g != nil {
		far = ttfbChange(g.Today.FarMS, g.Recommended.FarMS) + " (" + sooner(c.FarSavedMS()) + ")"
		near = ttfbChange(g.Today.NearMS, g.Recommended.NearMS)
	}
	row := []string{fmt.Sprint(rank), markdown.Code(c.Route.Pattern), markdown.Text(c.From) + " → **" + markdown.Text(c.To) + "**", far, near, requestsLabel(c.Gain), computeLabel(c)}
	if money {
		m := "–"
		if c.Gain != nil {
			m = savesOrCosts(c.Gain.MoneySavedPerDay)
		}
		row = append(row, m)
	}
	return append(row, markdown.Text(orDash(c.Route.Recommendation.Confidence)), markdown.Text(truncateEnd(decisionReason(c.Route), 240)))
}

// maxRightPerStrategy caps the routes Markdown names per strategy under
// "Already right".
const maxRightPerStrategy = 20

func mdRight(a *rendermap.Audit) string {
	groups := alreadyRight(a)
	if len(groups) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n### Already right\n\n")
	for _, g := range groups {
		var names []string
		for i, r := range g.Routes {
			if i == maxRightPerStrategy {
				names = append(names, fmt.Sprintf("and %d more", len(g.Routes)-i))
				break
			}
			name := markdown.Code(r.Pattern)
			if r.Note != "" {
				name += " (" + markdown.Text(r.Note) + ")"
			}
			names = append(names, name)
		}
		fmt.Fprintf(&b, "- **%s**: %s\n", g.Strategy, strings.Join(names, ", "))
	}
	return b.String()
}

func mdMix(a *rendermap.Audit) string {
	var rows [][]string
	for _, m := range strategyMix(a) {
		rows = append(rows, []string{m.Strategy, fmt.Sprintf("%d → %d", m.NowRoutes, m.RecRoutes), fmtInt(int64(m.NowPages)) + " → " + fmtInt(int64(m.RecPages))})
	}
	return "\n### Strategy mix\n\n" + mdTable([]string{"strategy", "routes, today → recommended", "pages, today → recommended"}, "lrr", rows)
}

func mdRoutes(a *rendermap.Audit, budget int) string {
	var b strings.Builder
	b.WriteString("\n### Routes\n\n")
	header := mdTable(routeHeader, "lrrllllll", nil)
	b.WriteString(header)
	rows := tableRows(a)
	for i, row := range rows {
		row[0] = markdown.Code(row[0])
		line := mdRow(row)
		if b.Len()+len(line)+200 > budget {
			fmt.Fprintf(&b, "\n_%d more routes left out to stay under %s characters; see report.html or audit.json._\n", len(rows)-i, fmtInt(MarkdownLimit))
			return b.String()
		}
		b.WriteString(line)
	}
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
		fmt.Fprintf(&b, "- %s\n", markdown.Text(truncateMiddle(s, 300)))
	}
	b.WriteString("\n</details>\n")
	return b.String()
}

// truncateEnd shortens s to at most n runes, ending with an ellipsis.
func truncateEnd(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ,;:") + "…"
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

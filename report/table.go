package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/rendermap/rendermap"
)

// tableWidth is the widest line the table may print.
const tableWidth = 100

// minPatternWidth keeps patterns readable even when other columns are wide.
const minPatternWidth = 16

// colGap is the space after each column.
const colGap = "  "

// Headers are short so that patterns get the room: CACHE is the cacheability
// verdict, PERSONAL the personalization verdict, CONF the confidence.
var tableHeader = []string{"PATTERN", "PAGES", "TTFB P50/P95", "CACHE", "PERSONAL", "CURRENT", "RECOMMENDED", "CONF"}

// ANSI colors used when Options.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiRed    = "\x1b[31m"
	ansiDim    = "\x1b[2m"
)

// Table writes a terminal table, one row per route pattern sorted by
// pattern, that fits 100 columns; long patterns are truncated in the middle.
func Table(w io.Writer, a *rendermap.Audit, opt Options) error {
	return render(w, a, opt, writeTable)
}

func writeTable(buf *bytes.Buffer, a *rendermap.Audit, opt Options) error {
	rows := tableRows(a)
	fitPatterns(rows)
	var tbl bytes.Buffer
	t := tablewriter.NewTable(&tbl,
		tablewriter.WithConfig(tableConfig(len(tableHeader), []tw.Align{tw.AlignLeft, tw.AlignRight, tw.AlignRight})),
		tablewriter.WithRenderer(renderer.NewBlueprint(tableRendition())),
	)
	t.Header(anySlice(tableHeader)...)
	for _, row := range rows {
		if err := t.Append(colorRow(row, opt.Color)); err != nil {
			return fmt.Errorf("table row: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("render table: %w", err)
	}
	writeTrimmed(buf, tbl.String())
	writeTableFooter(buf, a)
	writeNotAudited(buf, a.NotAudited)
	return nil
}

// tableConfig is the style of every terminal table: two spaces between n
// columns, rows aligned per column as given (left after the list ends).
func tableConfig(n int, right []tw.Align) tablewriter.Config {
	// Every column but the last is followed by colGap; the last has none,
	// so lines carry no trailing spaces.
	gap := tw.Padding{Left: "", Right: colGap, Overwrite: true}
	perCol := make([]tw.Padding, n)
	for i := range perCol {
		perCol[i] = gap
	}
	perCol[len(perCol)-1] = tw.PaddingNone
	pad := tw.CellPadding{Global: gap, PerColumn: perCol}
	cell := func(align []tw.Align) tw.CellConfig {
		return tw.CellConfig{
			Formatting: tw.CellFormatting{AutoWrap: tw.WrapNone, AutoFormat: tw.Off},
			Padding:    pad,
			Alignment:  tw.CellAlignment{Global: tw.AlignLeft, PerColumn: align},
		}
	}
	return tablewriter.Config{Header: cell(nil), Row: cell(right)}
}

func tableRendition() tw.Rendition {
	return tw.Rendition{
		Borders: tw.BorderNone,
		Symbols: tw.NewSymbols(tw.StyleASCII),
		Settings: tw.Settings{
			Separators: tw.Separators{ShowHeader: tw.On, BetweenRows: tw.Off, BetweenColumns: tw.Off},
			Lines:      tw.Lines{ShowTop: tw.Off, ShowBottom: tw.Off, ShowHeaderLine: tw.On},
		},
	}
}

// tableRows builds the plain cells, one row per route.
func tableRows(a *rendermap.Audit) [][]string {
	var rows [][]string
	for _, r := range sortedRoutes(a) {
		rows = append(rows, []string{
			oneLine(r.Pattern),
			pagesLabel(&r.Discovery),
			fmtMS(r.TTFB.P50) + "/" + fmtMS(r.TTFB.P95) + " ms",
			cacheLabel(r.Cache),
			personalLabel(r),
			strategyLabel(r.Current.Strategy, r.Current.RevalidateSeconds),
			recommendedLabel(r.Recommendation),
			orDash(r.Recommendation.Confidence),
		})
	}
	return rows
}

// fitPatterns truncates the pattern column so the whole row fits tableWidth.
func fitPatterns(rows [][]string) {
	widths := columnWidths(rows)
	rest := 0
	for _, w := range widths[1:] {
		rest += w + len(colGap)
	}
	// rest counts a gap after the last column too, which it does not have:
	// one column of slack.
	limit := max(tableWidth-rest-len(colGap), minPatternWidth)
	for _, row := range rows {
		row[0] = truncateMiddle(row[0], limit)
	}
}

func columnWidths(rows [][]string) []int {
	widths := make([]int, len(tableHeader))
	for i, h := range tableHeader {
		widths[i] = len(h)
	}
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	return widths
}

func pagesLabel(r *rendermap.Discovery) string {
	s := fmtInt(int64(r.Pages))
	if r.PagesLowerBound {
		s += "+"
	}
	return s
}

func cacheLabel(c rendermap.Cache) string {
	return orDash(oneLine(c.Verdict))
}

func personalLabel(r *rendermap.Route) string {
	p := r.Personalized
	if !p.Personalized {
		if len(p.Where) > 0 && p.DiffFraction > 0 {
			return "part " + fmtPct(p.DiffFraction)
		}
		return "no"
	}
	return "yes " + fmtPct(p.DiffFraction)
}

func recommendedLabel(rec rendermap.Recommendation) string {
	if rec.Strategy == "" {
		return "–"
	}
	s := strategyLabel(rec.Strategy, rec.RevalidateSeconds)
	if rec.ClientIsland {
		s += " +island"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

// colorRow wraps the cells that carry a judgement in ANSI color.
func colorRow(row []string, color bool) []string {
	if !color {
		return row
	}
	out := append([]string(nil), row...)
	if out[6] != "–" && out[5] != out[6] {
		out[6] = ansiBold + ansiGreen + out[6] + ansiReset
	}
	out[7] = confidenceColor(out[7]) + out[7] + ansiReset
	if out[4] != "no" {
		out[4] = ansiYellow + out[4] + ansiReset
	}
	return out
}

func confidenceColor(c string) string {
	switch c {
	case "high":
		return ansiGreen
	case "medium":
		return ansiYellow
	case "low":
		return ansiRed
	}
	return ansiDim
}

func writeTableFooter(buf *bytes.Buffer, a *rendermap.Audit) {
	fmt.Fprintf(buf, "\n%s, %s; %d to change.\n", plural(len(a.Routes), "route"), plural(totalPages(a), "page"), len(changes(a)))
	if !a.Complete {
		fmt.Fprintf(buf, "The audit is incomplete: %s\n", orDash(oneLine(a.IncompleteReason)))
	}
}

func anySlice(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// writeTrimmed writes text without trailing spaces on any line.
func writeTrimmed(buf *bytes.Buffer, text string) {
	for _, line := range strings.SplitAfter(text, "\n") {
		nl := strings.HasSuffix(line, "\n")
		buf.WriteString(strings.TrimRight(line, " \n"))
		if nl {
			buf.WriteByte('\n')
		}
	}
}

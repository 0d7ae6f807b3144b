package report

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/rendermap/rendermap"
)

// routesHeader names the columns of RoutesTable.
var routesHeader = []string{"PATTERN", "URLS", "SOURCE", "GROUPED", "EXAMPLES"}

// RoutesTable writes the route patterns of a discovery (no measurements) in
// the style of [Table]: pattern, URL count ("+" when it is a lower bound),
// where the count came from, what grouped the URLs and how surely
// ("template/high"), and up to two example paths; then, for patterns that
// page structure or framework route data formed, or that are unsure, why.
func RoutesTable(w io.Writer, routes []rendermap.Discovery) error {
	var tbl bytes.Buffer
	t := tablewriter.NewTable(&tbl,
		tablewriter.WithConfig(tableConfig(len(routesHeader), []tw.Align{tw.AlignLeft, tw.AlignRight})),
		tablewriter.WithRenderer(renderer.NewBlueprint(tableRendition())),
	)
	t.Header(anySlice(routesHeader)...)
	for i := range routes {
		r := &routes[i]
		if err := t.Append(oneLine(r.Pattern), pagesLabel(r), oneLine(r.PagesSource), groupedLabel(r.Grouping), examplePaths(r.Examples, 2)); err != nil {
			return fmt.Errorf("routes row: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("render routes: %w", err)
	}
	var buf bytes.Buffer
	writeTrimmed(&buf, tbl.String())
	n, bound := totalURLs(routes)
	fmt.Fprintf(&buf, "\n%s route patterns, %s%s URLs.\n", fmtInt(int64(len(routes))), bound, fmtInt(int64(n)))
	writeGroupings(&buf, routes)
	_, err := w.Write(buf.Bytes())
	return err
}

// groupedLabel is "by/confidence", or "–" when discovery did not say.
func groupedLabel(g *rendermap.Grouping) string {
	if g == nil {
		return "–"
	}
	return oneLine(g.By + "/" + g.Confidence)
}

// writeGroupings explains the patterns not formed by URL shape alone, and
// the unsure ones.
func writeGroupings(buf *bytes.Buffer, routes []rendermap.Discovery) {
	head := false
	for _, r := range routes {
		g := r.Grouping
		if g == nil || g.By == "pinned" || g.By == "url" && g.Confidence != "low" {
			continue
		}
		if !head {
			buf.WriteString("\nGrouping:\n")
			head = true
		}
		fmt.Fprintf(buf, "  %s (%s): %s\n", oneLine(r.Pattern), groupedLabel(g), oneLine(g.Evidence))
	}
}

// examplePaths returns up to n examples as paths (with query), space-separated.
func examplePaths(examples []string, n int) string {
	var out []string
	for _, e := range examples[:min(n, len(examples))] {
		if u, err := url.Parse(e); err == nil && u.Path != "" {
			e = u.RequestURI()
		}
		out = append(out, oneLine(e))
	}
	return strings.Join(out, " ")
}

// totalURLs sums the URL counts; bound is "at least " when one is a lower bound.
func totalURLs(routes []rendermap.Discovery) (n int, bound string) {
	for _, r := range routes {
		n += r.Pages
		if r.PagesLowerBound {
			bound = "at least "
		}
	}
	return n, bound
}

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
var routesHeader = []string{"PATTERN", "URLS", "SOURCE", "EXAMPLES"}

// RoutesTable writes the route patterns of a discovery (no measurements) in
// the style of [Table]: pattern, URL count ("+" when it is a lower bound),
// where the count came from, and up to two example paths.
func RoutesTable(w io.Writer, routes []rendermap.Route) error {
	var tbl bytes.Buffer
	t := tablewriter.NewTable(&tbl,
		tablewriter.WithConfig(tableConfig(len(routesHeader), []tw.Align{tw.AlignLeft, tw.AlignRight})),
		tablewriter.WithRenderer(renderer.NewBlueprint(tableRendition())),
	)
	t.Header(anySlice(routesHeader)...)
	for i := range routes {
		r := &routes[i]
		if err := t.Append(oneLine(r.Pattern), pagesLabel(r), oneLine(r.PagesSource), examplePaths(r.Examples, 2)); err != nil {
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
	_, err := w.Write(buf.Bytes())
	return err
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
func totalURLs(routes []rendermap.Route) (n int, bound string) {
	for _, r := range routes {
		n += r.Pages
		if r.PagesLowerBound {
			bound = "at least "
		}
	}
	return n, bound
}

package diff

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/rendermap/rendermap/internal/markdown"
)

// maxRows caps the changes listed in Markdown, so a PR comment stays under
// GitHub's size limit.
const maxRows = 200

// WriteMarkdown writes the result as a pull-request comment.
func WriteMarkdown(w io.Writer, r *Result) error {
	var b strings.Builder
	b.WriteString("## rendermap diff\n\n")
	fmt.Fprintf(&b, "Base %s → head %s: %s.\n\n", markdown.Code(r.Base), markdown.Code(r.Head), summary(r, "**"))
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "> %s\n\n", markdown.Text(n))
	}
	if len(r.Changes) > 0 {
		b.WriteString("| route | change | direction | detail |\n|---|---|---|---|\n")
		for i, c := range r.Changes {
			if i == maxRows {
				fmt.Fprintf(&b, "\n%d more changes not shown; run `rendermap diff` for all.\n", len(r.Changes)-maxRows)
				break
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", markdown.Code(c.Pattern), c.Kind, direction(c.Direction), markdown.Text(c.Message))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "<sub>TTFB counts when Mann-Whitney p &lt; %g and the median moves by more than %g ms and %g%%.</sub>\n",
		r.Options.Alpha, r.Options.MinEffectMS, 100*r.Options.MinEffectRatio)
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteText writes the result for a terminal.
func WriteText(w io.Writer, r *Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "base %s -> head %s: %s\n", markdown.OneLine(r.Base), markdown.OneLine(r.Head), summary(r, ""))
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note: %s\n", markdown.OneLine(n))
	}
	if len(r.Changes) > 0 {
		b.WriteString("\n")
		tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ROUTE\tCHANGE\tDIRECTION\tDETAIL")
		for _, c := range r.Changes {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", markdown.OneLine(c.Pattern), c.Kind, c.Direction, markdown.OneLine(c.Message))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func summary(r *Result, bold string) string {
	var better, other int
	for _, c := range r.Changes {
		switch c.Direction {
		case Better:
			better++
		case Changed:
			other++
		}
	}
	if len(r.Changes) == 0 {
		return "no changes"
	}
	reg := plural(r.Regressions, "regression", "regressions")
	if r.Regressions > 0 {
		reg = bold + reg + bold
	}
	return fmt.Sprintf("%s, %s, %s", reg, plural(better, "improvement", "improvements"), plural(other, "other change", "other changes"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func direction(d string) string {
	switch d {
	case Worse:
		return "❌ worse"
	case Better:
		return "✅ better"
	}
	return "changed"
}

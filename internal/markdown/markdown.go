// Package markdown makes text from a site or an audit safe to place in
// Markdown (GitHub-flavoured, tables included): Text for prose and table
// cells, Code for a code span. Every report that writes Markdown uses it,
// so text is escaped one way everywhere.
package markdown

import (
	"strings"
	"unicode"
)

// escaper backslash-escapes Markdown syntax and entity-escapes HTML.
var escaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "|", `\|`, "#", `\#`, "!", `\!`, "&", "&amp;", "~", `\~`,
)

// Text makes s inert in Markdown on one line: no link, emphasis, heading,
// HTML or table cell boundary can come out of it.
func Text(s string) string {
	return escaper.Replace(OneLine(s))
}

// Code shows s as a code span that cannot end early or split a table cell:
// backticks become quotes and pipes are escaped.
func Code(s string) string {
	s = strings.ReplaceAll(OneLine(s), "`", "'")
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

// OneLine turns control characters and line or paragraph separators into
// spaces and collapses runs of white space.
func OneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || r == '\uFEFF' {
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

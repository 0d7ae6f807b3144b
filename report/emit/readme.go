package emit

import (
	"strings"
)

// readmeRow is one table row: route, file, strategy, what to paste, why.
func readmeRow(r route, path, paste string) string {
	return "| " + mdCode(r.Pattern) + " | " + mdCode(path) + " | " + mdText(label(r.Recommendation)) +
		" | " + mdText(paste) + " | " + mdText(reason(r.Route)) + " |\n"
}

// targetReadme renders a target's README: header comment, title, intro, the
// route table, the caveats and the per-route notes.
func targetReadme(j *job, title, intro, fileCol string, rows, caveats []string) string {
	var b strings.Builder
	b.WriteString(htmlComment(headerLines(j.a, j.opt)...))
	b.WriteString("\n# " + title + "\n\n" + intro + "\n\n")
	b.WriteString("| Route | " + fileCol + " | Strategy | Paste | Why |\n|---|---|---|---|---|\n")
	for _, row := range rows {
		b.WriteString(row)
	}
	b.WriteString("\n## Caveats\n\n")
	for _, c := range caveats {
		b.WriteString("- " + c + "\n")
	}
	b.WriteString(readmeNotes(j))
	return b.String()
}

// readmeNotes lists every route's notes as a Markdown section, or nothing.
func readmeNotes(j *job) string {
	var b strings.Builder
	for _, r := range j.routes {
		for _, n := range notes(r.Route) {
			b.WriteString("- " + mdCode(r.Pattern) + ": " + mdText(n) + "\n")
		}
	}
	if b.Len() == 0 {
		return ""
	}
	return "\n## Route notes\n\n" + b.String()
}

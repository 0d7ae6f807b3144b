package measure

import (
	"bytes"
	"regexp"
	"slices"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/rendermap/rendermap/internal/text"
)

// mountIDs are the ids of framework mount nodes that hint at client rendering.
var mountIDs = []string{"__next", "__nuxt", "app", "root", "svelte"}

// rawPage is what the script-free HTML contains.
type rawPage struct {
	Text        string
	EmptyMounts []string
}

// parseRaw extracts the visible text of raw HTML (ignoring script, style,
// template and noscript) and the framework mount nodes that are empty.
func parseRaw(body []byte) rawPage {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return rawPage{}
	}
	var b strings.Builder
	var mounts []string
	walkVisible(doc, &b, &mounts)
	return rawPage{Text: collapseSpace(b.String()), EmptyMounts: sortedUnique(mounts)}
}

func walkVisible(n *html.Node, b *strings.Builder, mounts *[]string) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
			return
		}
		if id := attr(n, "id"); id != "" && slices.Contains(mountIDs, id) && isEmptyNode(n) {
			*mounts = append(*mounts, "#"+id)
		}
	}
	if n.Type == html.TextNode {
		b.WriteString(n.Data)
		b.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkVisible(c, b, mounts)
	}
}

// isEmptyNode is true when n holds no visible text.
func isEmptyNode(n *html.Node) bool {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkVisible(c, &b, new([]string))
	}
	return strings.TrimSpace(b.String()) == ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// noisePatterns match tokens that change on every load without meaning:
// UUIDs, long hex or base64-like tokens (nonces, CSRF tokens, build ids).
var noisePatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`),
	regexp.MustCompile(`\b[0-9a-fA-F]{16,}\b`),
	regexp.MustCompile(`[A-Za-z0-9_\-+/]{20,}={0,2}`),
}

// timePatterns match render timestamps: ISO 8601 date-times, clock times
// with seconds and Unix times in seconds or milliseconds (2001 to 2033). A
// time of day without seconds ("08:41") is content, not a render stamp.
var timePatterns = []*regexp.Regexp{
	regexp.MustCompile(`\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?`),
	regexp.MustCompile(`\b\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\b`),
	regexp.MustCompile(`\b1[0-9]{9}(?:[0-9]{3})?\b`),
}

// normalizeText collapses whitespace and masks noise tokens and render
// timestamps, so that two renders of unchanged content compare equal.
func normalizeText(s string) string {
	s = collapseSpace(s)
	for _, re := range timePatterns {
		s = re.ReplaceAllLiteralString(s, "<time>")
	}
	for i, re := range noisePatterns {
		s = re.ReplaceAllStringFunc(s, func(tok string) string {
			if i == 2 && !mixedToken(tok) {
				return tok
			}
			return "<token>"
		})
	}
	return s
}

// mixedToken is true for tokens with both letters and digits, as random ids have.
func mixedToken(tok string) bool {
	return strings.ContainsAny(tok, "0123456789") &&
		strings.IndexFunc(tok, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) >= 0
}

// scriptOnlyFraction is the fraction of rendered words missing from the raw
// HTML text, counting repeated words as often as they occur.
func scriptOnlyFraction(raw, rendered string) float64 {
	have := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(raw)) {
		have[w]++
	}
	words := strings.Fields(strings.ToLower(rendered))
	if len(words) == 0 {
		return 0
	}
	missing := 0
	for _, w := range words {
		if have[w] > 0 {
			have[w]--
			continue
		}
		missing++
	}
	return round3(float64(missing) / float64(len(words)))
}

func sortedUnique(xs []string) []string {
	var out []string
	for _, x := range xs {
		out = text.AppendUnique(out, x)
	}
	sort.Strings(out)
	return out
}

// Package text holds the small string helpers several stages share: cutting
// a value that came from a site to a length safe to show, and collecting
// distinct strings in order.
package text

import (
	"slices"
	"unicode/utf8"
)

// TruncateBytes cuts s to at most n bytes on a rune boundary, for a
// value that has a byte budget; nothing marks the cut.
func TruncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Truncate returns s cut to n runes, with "…" appended when it was cut.
func Truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// AppendUnique appends x to xs unless xs already holds it.
func AppendUnique(xs []string, x string) []string {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

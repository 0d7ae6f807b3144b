// Package text holds the small string helpers several stages share: cutting
// a value that came from a site to a length safe to show, and collecting
// distinct strings in order.
package text

import "slices"

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

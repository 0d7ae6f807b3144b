package testkit

import "github.com/rendermap/rendermap"

// NoteCodes lists the codes of a cache explanation's notes, in order.
func NoteCodes(c rendermap.Cache) []string {
	var out []string
	for _, n := range c.Notes {
		out = append(out, n.Code)
	}
	return out
}

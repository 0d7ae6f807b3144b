package crawl

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// cleanPattern gives a user's pattern one leading slash and no trailing
// or doubled slashes (the canonical form of [rendermap.ParsePattern]);
// an empty pattern stays empty.
func cleanPattern(p string) string {
	p = strings.TrimSpace(p)
	if p == "" {
		return ""
	}
	pat, _ := rendermap.ParsePattern(p) // checkPinned reports a malformed one
	return pat.String()
}

// compareSpecificity orders patterns so that the most specific comes
// first ([rendermap.Pattern.Compare]); ties fall back to the pattern text.
func compareSpecificity(a, b string) int {
	pa, _ := rendermap.ParsePattern(a)
	pb, _ := rendermap.ParsePattern(b)
	if d := pa.Compare(pb); d != 0 {
		return d
	}
	return strings.Compare(a, b)
}

// matchPinned returns the group of the most specific pinned pattern that
// matches path.
func (inf *inference) matchPinned(path string) (int32, bool) {
	var buf [16]string
	segs := rendermap.PathSegments(buf[:0], path)
	for i, p := range inf.pinnedPat {
		if p.MatchSegments(segs) {
			return inf.ids[inf.pinned[i]], true
		}
	}
	return 0, false
}

// checkPinned reports the first pinned pattern that does not parse.
func checkPinned(patterns []string) error {
	for _, p := range patterns {
		if _, err := rendermap.ParsePattern(p); err != nil {
			return fmt.Errorf("pinned route: %w", err)
		}
	}
	return nil
}

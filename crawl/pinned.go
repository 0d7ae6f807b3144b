package crawl

import (
	"strings"

	"github.com/rendermap/rendermap"
)

// cleanPattern gives a user's pattern one leading slash and no trailing
// or doubled slashes; an empty pattern stays empty.
func cleanPattern(p string) string {
	p = strings.TrimSpace(p)
	if p == "" {
		return ""
	}
	var segs []string
	for _, s := range strings.Split(p, "/") {
		if s != "" {
			segs = append(segs, s)
		}
	}
	return "/" + strings.Join(segs, "/")
}

// compareSpecificity orders patterns so that the most specific comes first:
// segment by segment, a literal beats a [param], which beats a [...catchall];
// ties fall back to the pattern text.
func compareSpecificity(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if d := segRank(as[i]) - segRank(bs[i]); d != 0 {
			return d
		}
	}
	if len(as) != len(bs) {
		return len(bs) - len(as)
	}
	return strings.Compare(a, b)
}

func segRank(s string) int {
	switch {
	case strings.HasPrefix(s, "[..."):
		return 2
	case strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"):
		return 1
	}
	return 0
}

// matchPinned returns the group of the most specific pinned pattern that
// matches path.
func (inf *inference) matchPinned(path string) (int32, bool) {
	for _, p := range inf.pinned {
		if rendermap.MatchPattern(p, path) {
			return inf.ids[p], true
		}
	}
	return 0, false
}

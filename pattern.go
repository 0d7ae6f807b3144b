package rendermap

import "strings"

// MatchPattern reports whether a URL path belongs to a bracket-style route
// pattern: "[name]" matches one segment, "[...name]" one or more segments,
// and every other segment must match literally. A trailing slash on either
// side is ignored. Query strings must be stripped by the caller.
func MatchPattern(pattern, path string) bool {
	ps, xs := splitPath(pattern), splitPath(path)
	for i, seg := range ps {
		if strings.HasPrefix(seg, "[...") {
			return len(xs) > i
		}
		if i >= len(xs) || !segmentMatches(seg, xs[i]) {
			return false
		}
	}
	return len(ps) == len(xs)
}

func segmentMatches(seg, value string) bool {
	if strings.HasPrefix(seg, "[") && strings.HasSuffix(seg, "]") {
		return value != ""
	}
	return seg == value
}

func splitPath(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

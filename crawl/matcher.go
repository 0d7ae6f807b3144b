package crawl

import "github.com/rendermap/rendermap"

// Matcher finds the route pattern of a URL among a set of patterns: a
// [rendermap.Matcher] over the URL's path, so full URLs and paths both work.
type Matcher struct{ m *rendermap.Matcher }

// NewMatcher indexes bracket-style patterns.
func NewMatcher(patterns []string) *Matcher {
	return &Matcher{rendermap.NewMatcher(patterns)}
}

// Match returns the pattern a URL or path (query allowed) belongs to.
func (m *Matcher) Match(u string) (string, bool) {
	var buf [maxSegments]string
	return m.matchBuf(u, buf[:0])
}

// matchBuf is Match with a buffer for the path's segments.
func (m *Matcher) matchBuf(u string, buf []string) (string, bool) {
	p, _ := splitURL(u)
	return m.m.MatchSegments(rendermap.PathSegments(buf, p))
}

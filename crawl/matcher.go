package crawl

import "strings"

// Matcher finds the route pattern of a URL path among a set of patterns,
// preferring literal segments over [params] over [...catchalls], as a
// router would. Its cost grows with path length, not with the number of
// patterns.
type Matcher struct {
	root *matchNode
}

type matchNode struct {
	literal  map[string]*matchNode
	param    *matchNode
	rest     *matchNode
	pattern  string
	terminal bool
}

// NewMatcher indexes bracket-style patterns.
func NewMatcher(patterns []string) *Matcher {
	m := &Matcher{root: &matchNode{}}
	for _, p := range patterns {
		m.add(p)
	}
	return m
}

func (m *Matcher) add(pattern string) {
	n := m.root
	for _, seg := range splitSegments(pattern) {
		n = n.next(seg)
	}
	n.terminal, n.pattern = true, pattern
}

func (n *matchNode) next(seg string) *matchNode {
	switch segRank(seg) {
	case 2:
		if n.rest == nil {
			n.rest = &matchNode{}
		}
		return n.rest
	case 1:
		if n.param == nil {
			n.param = &matchNode{}
		}
		return n.param
	}
	if n.literal == nil {
		n.literal = map[string]*matchNode{}
	}
	c := n.literal[seg]
	if c == nil {
		c = &matchNode{}
		n.literal[seg] = c
	}
	return c
}

// Match returns the pattern a path (query allowed) belongs to. Empty
// segments are ignored, as inference ignores them.
func (m *Matcher) Match(p string) (string, bool) {
	var buf [maxSegments]string
	return m.matchBuf(p, buf[:0])
}

// matchBuf is Match with a buffer for the path's segments.
func (m *Matcher) matchBuf(p string, buf []string) (string, bool) {
	p, _ = splitURL(p)
	return m.root.match(appendSegments(buf, p))
}

// appendSegments appends the non-empty segments of a path to buf.
func appendSegments(buf []string, p string) []string {
	for p != "" {
		var seg string
		seg, p, _ = strings.Cut(p, "/")
		if seg != "" {
			buf = append(buf, seg)
		}
	}
	return buf
}

func (n *matchNode) match(segs []string) (string, bool) {
	if len(segs) == 0 {
		return n.pattern, n.terminal
	}
	if c := n.literal[segs[0]]; c != nil {
		if p, ok := c.match(segs[1:]); ok {
			return p, true
		}
	}
	if n.param != nil {
		if p, ok := n.param.match(segs[1:]); ok {
			return p, true
		}
	}
	if n.rest != nil && n.rest.terminal {
		return n.rest.pattern, true
	}
	return "", false
}

package rendermap

// Matcher finds the route pattern of a URL path among a set of patterns
// (read by [ParsePattern]), preferring, segment by segment, a
// literal over a [param] over a [...catchall] over an [[optional]] over an
// [[...optional catchall]], as a router would; a parameter that may take
// several segments tries the fewest first. Its cost grows with path
// length, not with the number of patterns.
type Matcher struct {
	root *matchNode
}

type matchNode struct {
	literal map[string]*matchNode
	// wild holds the child of each parameter kind, by SegmentKind - 1.
	wild     [4]*matchNode
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
	p, _ := ParsePattern(pattern) // a malformed segment is a literal
	for _, seg := range p {
		n = n.next(seg)
	}
	n.terminal, n.pattern = true, pattern
}

func (n *matchNode) next(seg Segment) *matchNode {
	if seg.Kind != SegLiteral {
		c := &n.wild[seg.Kind-1]
		if *c == nil {
			*c = &matchNode{}
		}
		return *c
	}
	if n.literal == nil {
		n.literal = map[string]*matchNode{}
	}
	c := n.literal[seg.Text]
	if c == nil {
		c = &matchNode{}
		n.literal[seg.Text] = c
	}
	return c
}

// Match returns the pattern a URL path (query allowed) belongs to. Empty
// segments are ignored, as in [ParsePattern].
func (m *Matcher) Match(path string) (string, bool) {
	var buf [16]string
	return m.MatchSegments(PathSegments(buf[:0], path))
}

// MatchSegments is [Matcher.Match] for a path already split by
// [PathSegments].
func (m *Matcher) MatchSegments(segs []string) (string, bool) {
	return m.root.match(segs)
}

func (n *matchNode) match(segs []string) (string, bool) {
	if len(segs) == 0 && n.terminal {
		return n.pattern, true
	}
	if len(segs) > 0 {
		if c := n.literal[segs[0]]; c != nil {
			if p, ok := c.match(segs[1:]); ok {
				return p, true
			}
		}
	}
	for _, kind := range wildOrder {
		if c := n.wild[kind-1]; c != nil {
			if p, ok := c.matchSpan(Segment{Kind: kind}, segs); ok {
				return p, true
			}
		}
	}
	return "", false
}

// wildOrder is the order in which match tries parameter kinds, that of
// [Pattern.Compare].
var wildOrder = [...]SegmentKind{SegParam, SegCatchAll, SegOptional, SegOptionalCatchAll}

// matchSpan matches the rest of segs below n, the node of a parameter
// segment of kind seg.Kind, trying each number of segments it may take,
// fewest first.
func (n *matchNode) matchSpan(seg Segment, segs []string) (string, bool) {
	lo, hi := seg.Span(len(segs))
	if n.literal == nil && n.wild == [4]*matchNode{} { // nothing below: take the rest
		if k := len(segs); n.terminal && lo <= k && k <= hi {
			return n.pattern, true
		}
		return "", false
	}
	for k := lo; k <= hi; k++ {
		if p, ok := n.match(segs[k:]); ok {
			return p, true
		}
	}
	return "", false
}

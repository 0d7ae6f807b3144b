package rendermap

import "strings"

// Match reports whether a URL path belongs to p. A query string or
// fragment is ignored, and so are empty segments, as in [ParsePattern].
func (p Pattern) Match(path string) bool {
	var buf [16]string
	return p.MatchSegments(PathSegments(buf[:0], path))
}

// MatchSegments is [Pattern.Match] for a path already split by
// [PathSegments], to match one path against many patterns.
func (p Pattern) MatchSegments(segs []string) bool {
	return p.fit(segs, nil)
}

// Binding is what one parameter of a pattern took from a path.
type Binding struct {
	// Name and Kind are the parameter's.
	Name string
	Kind SegmentKind
	// Parts are the path segments taken, as the URL writes them: one for a
	// parameter, none for an absent optional one, one or more for a
	// catch-all.
	Parts []string
}

// Bind matches path segments (see [PathSegments]) against p and returns
// one binding per parameter, in order. Where a path fits p more than one
// way, each parameter takes as many segments as it can, left to right.
func (p Pattern) Bind(segs []string) ([]Binding, bool) {
	spans := make([]int, len(p))
	if !p.fit(segs, spans) {
		return nil, false
	}
	var out []Binding
	for i, s := range p {
		if s.Kind != SegLiteral {
			out = append(out, Binding{Name: s.Text, Kind: s.Kind, Parts: segs[:spans[i]:spans[i]]})
		}
		segs = segs[spans[i]:]
	}
	return out, true
}

// fit reports whether segs fit p, longest spans first; when spans is not
// nil it records how many segments each pattern segment took.
func (p Pattern) fit(segs []string, spans []int) bool {
	if len(p) == 0 {
		return len(segs) == 0
	}
	s := p[0]
	if s.Kind == SegLiteral && (len(segs) == 0 || segs[0] != s.Text) {
		return false
	}
	lo, hi := s.Span(len(segs) - p[1:].minSegments())
	for n := hi; n >= lo; n-- {
		var rest []int
		if spans != nil {
			spans[0], rest = n, spans[1:]
		}
		if p[1:].fit(segs[n:], rest) {
			return true
		}
	}
	return false
}

// Span is the fewest and most path segments s may take when at most
// room are left for it.
func (s Segment) Span(room int) (lo, hi int) {
	lo, hi = 1, 1
	if s.Optional() {
		lo = 0
	}
	if s.Repeats() {
		hi = room
	}
	return lo, min(hi, room)
}

// minSegments is the fewest path segments p matches.
func (p Pattern) minSegments() int {
	n := 0
	for _, s := range p {
		if !s.Optional() {
			n++
		}
	}
	return n
}

// PathSegments appends the non-empty segments of a URL path to buf,
// without the query string or fragment.
func PathSegments(buf []string, path string) []string {
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	for path != "" {
		var seg string
		seg, path, _ = strings.Cut(path, "/")
		if seg != "" {
			buf = append(buf, seg)
		}
	}
	return buf
}

// Compare orders p before q when p is the more specific, as a router
// prefers it. Segment by segment, a literal beats a parameter, which beats
// a catch-all; where one pattern has ended, it beats the other's optional
// segments and loses to its required ones, so /a/[id] comes before /a,
// which comes before /a/[[...rest]]. It returns 0 when neither is more
// specific; callers break ties by the pattern text.
func (p Pattern) Compare(q Pattern) int {
	for i := 0; i < len(p) || i < len(q); i++ {
		if d := rankAt(p, i) - rankAt(q, i); d != 0 {
			return d
		}
	}
	return 0
}

// kindRank orders segment kinds by specificity for Compare; a pattern's
// end ranks as endRank, between the required and the optional kinds.
var kindRank = [...]int{SegLiteral: 0, SegParam: 1, SegCatchAll: 2, SegOptional: 4, SegOptionalCatchAll: 5}

const endRank = 3

func rankAt(p Pattern, i int) int {
	if i >= len(p) {
		return endRank
	}
	return kindRank[p[i].Kind]
}

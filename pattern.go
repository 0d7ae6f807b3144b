package rendermap

import (
	"fmt"
	"strings"
)

// SegmentKind is the kind of one segment of a route pattern.
type SegmentKind uint8

// The kinds of pattern segment.
const (
	SegLiteral          SegmentKind = iota // about: exactly this text
	SegParam                               // [id]: one segment
	SegOptional                            // [[lang]]: zero or one segment
	SegCatchAll                            // [...slug]: one or more segments
	SegOptionalCatchAll                    // [[...slug]]: zero or more segments
)

// Segment is one segment of a parsed route pattern.
type Segment struct {
	Kind SegmentKind
	// Text is a literal's text as written (percent-escapes kept), or a
	// parameter's name without brackets or dots.
	Text string
}

// Optional reports whether s may match no path segment at all.
func (s Segment) Optional() bool {
	return s.Kind == SegOptional || s.Kind == SegOptionalCatchAll
}

// Repeats reports whether s may match more than one path segment.
func (s Segment) Repeats() bool {
	return s.Kind == SegCatchAll || s.Kind == SegOptionalCatchAll
}

// String writes s back in bracket syntax.
func (s Segment) String() string {
	switch s.Kind {
	case SegParam:
		return "[" + s.Text + "]"
	case SegOptional:
		return "[[" + s.Text + "]]"
	case SegCatchAll:
		return "[..." + s.Text + "]"
	case SegOptionalCatchAll:
		return "[[..." + s.Text + "]]"
	}
	return s.Text
}

// Pattern is a parsed route pattern: its path segments in order (none for
// the root). See [ParsePattern] for the syntax.
type Pattern []Segment

// ParsePattern reads a route pattern. The syntax is the bracket style
// Next.js, Nuxt, Astro and SvelteKit share for whole segments:
//
//   - A pattern is a URL path. A query string or fragment after it is
//     ignored, and so are empty segments: "", "/" and "//" are the root,
//     "/a//b/" is "/a/b".
//   - "[name]" is a parameter: exactly one path segment.
//   - "[[name]]" is an optional parameter: zero or one segment (SvelteKit,
//     Nuxt).
//   - "[...name]" is a catch-all: one or more segments.
//   - "[[...name]]" is an optional catch-all: zero or more segments
//     (Next.js).
//   - A name is one or more characters other than "[" and "]", not
//     starting with ".". Catch-alls may stand anywhere, not only last
//     (SvelteKit and Astro allow /[...path]/edit).
//   - Every other segment is a literal: text matched byte for byte,
//     case-sensitively, against the path segment as the URL writes it.
//     Percent-escapes are not decoded: "a%20b" matches only "a%20b", and
//     "%5Bid%5D" is a literal, never a parameter. Brackets inside a
//     segment ("post-[id]", "a[0]") are literal text, as in Next.js; the
//     in-segment parameters of SvelteKit, Astro and Nuxt are not part of
//     the syntax.
//
// A segment that starts with "[" but is none of the four forms ("[]",
// "[...]", "[[id]", "[a]-[b]", "[.x]") is read as a literal too, and
// ParsePattern returns the pattern so read together with an error naming
// the first such segment: callers that check user input report it, and
// callers that only match use the pattern.
func ParsePattern(s string) (Pattern, error) {
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	var p Pattern
	var err error
	for _, text := range strings.Split(s, "/") {
		if text == "" {
			continue
		}
		seg, ok := parseSegment(text)
		if !ok && err == nil {
			err = fmt.Errorf("pattern %q: segment %q is not [name], [[name]], [...name] or [[...name]]", s, text)
		}
		p = append(p, seg)
	}
	return p, err
}

// parseSegment reads one segment; ok is false for a malformed parameter,
// which is then a literal.
func parseSegment(s string) (seg Segment, ok bool) {
	for _, f := range segmentForms {
		if name, found := cutForm(s, f.open, f.close); found {
			return Segment{f.kind, name}, true
		}
	}
	return Segment{SegLiteral, s}, !strings.HasPrefix(s, "[")
}

// segmentForms are the bracket forms, the longest opening first.
var segmentForms = []struct {
	open, close string
	kind        SegmentKind
}{
	{"[[...", "]]", SegOptionalCatchAll},
	{"[[", "]]", SegOptional},
	{"[...", "]", SegCatchAll},
	{"[", "]", SegParam},
}

// cutForm returns the name between open and close when s is exactly that
// form with a valid name.
func cutForm(s, open, close string) (string, bool) {
	name, ok := strings.CutPrefix(s, open)
	if !ok {
		return "", false
	}
	name, ok = strings.CutSuffix(name, close)
	valid := ok && name != "" && name[0] != '.' && !strings.ContainsAny(name, "[]")
	return name, valid
}

// String writes p back in bracket syntax with one leading slash: the
// canonical form of the pattern it was parsed from.
func (p Pattern) String() string {
	if len(p) == 0 {
		return "/"
	}
	var b strings.Builder
	for _, s := range p {
		b.WriteString("/" + s.String())
	}
	return b.String()
}

// Dynamic reports whether any segment of p is a parameter.
func (p Pattern) Dynamic() bool {
	for _, s := range p {
		if s.Kind != SegLiteral {
			return true
		}
	}
	return false
}

// MatchPattern reports whether a URL path belongs to a route pattern
// (see [ParsePattern] and [Pattern.Match]). It parses the pattern on each
// call: parse once to match many paths.
func MatchPattern(pattern, path string) bool {
	p, _ := ParsePattern(pattern)
	return p.Match(path)
}

package emit

import (
	"strings"

	"github.com/rendermap/rendermap"
)

// segKind is the kind of one route pattern segment, as
// [rendermap.ParsePattern] reads it.
type segKind = rendermap.SegmentKind

// The kinds, named for this package's switches.
const (
	segLiteral          = rendermap.SegLiteral          // about
	segParam            = rendermap.SegParam            // [id]: one segment
	segOptional         = rendermap.SegOptional         // [[id]]: zero or one segment
	segCatchAll         = rendermap.SegCatchAll         // [...slug]: one or more segments
	segOptionalCatchAll = rendermap.SegOptionalCatchAll // [[...slug]]: zero or more segments
)

// segment is one segment of a pattern, ready for a target.
type segment struct {
	kind segKind
	// text is the literal text, or the sanitized parameter name.
	text string
}

// parsePattern reads a pattern with [rendermap.ParsePattern] (a malformed
// parameter is a literal there) and reduces parameter names to identifier
// characters so every target can use them.
func parsePattern(p string) []segment {
	pat, _ := rendermap.ParsePattern(p)
	segs := make([]segment, len(pat))
	for i, s := range pat {
		segs[i] = segment{s.Kind, s.Text}
		if s.Kind != segLiteral {
			segs[i].text = paramName(s.Text)
		}
	}
	return segs
}

// paramName keeps ASCII letters, digits and underscores so that a name is a
// valid identifier in JavaScript, path-to-regexp and file names.
func paramName(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			b.WriteRune(r)
		case r >= '0' && r <= '9':
			if b.Len() == 0 {
				b.WriteByte('p')
			}
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	if b.Len() == 0 {
		return "param"
	}
	return b.String()
}

// isDynamic reports whether any segment is a parameter.
func isDynamic(segs []segment) bool {
	for _, s := range segs {
		if s.kind != segLiteral {
			return true
		}
	}
	return false
}

// hasOptional reports whether any segment may be absent.
func hasOptional(segs []segment) bool {
	for _, s := range segs {
		if s.kind == segOptional || s.kind == segOptionalCatchAll {
			return true
		}
	}
	return false
}

// catchAllLast reports whether no segment follows a catch-all or optional
// one, as Next requires.
func catchAllLast(segs []segment) bool {
	for i, s := range segs {
		if s.kind != segLiteral && s.kind != segParam && i != len(segs)-1 {
			return false
		}
	}
	return true
}

// withoutOptional drops the optional segments: the shortest path form the
// pattern matches.
func withoutOptional(segs []segment) []segment {
	var out []segment
	for _, s := range segs {
		if s.kind != segOptional && s.kind != segOptionalCatchAll {
			out = append(out, s)
		}
	}
	return out
}

// required returns the segments with optional ones turned into their
// required form, for targets that express absence with a second rule.
func required(segs []segment) []segment {
	out := make([]segment, len(segs))
	for i, s := range segs {
		out[i] = s
		switch s.kind {
		case segOptional:
			out[i].kind = segParam
		case segOptionalCatchAll:
			out[i].kind = segCatchAll
		}
	}
	return out
}

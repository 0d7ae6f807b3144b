package emit

import (
	"strings"
)

// segKind is the kind of one route pattern segment.
type segKind int

const (
	segLiteral          segKind = iota // about
	segParam                           // [id]: one segment
	segOptional                        // [[id]]: zero or one segment
	segCatchAll                        // [...slug]: one or more segments
	segOptionalCatchAll                // [[...slug]]: zero or more segments
)

// segment is one parsed path segment of a bracket-style pattern.
type segment struct {
	kind segKind
	// text is the literal text, or the sanitized parameter name.
	text string
}

// parsePattern splits a bracket-style pattern into segments. A query string
// or fragment is dropped, empty segments are skipped, and parameter names are
// reduced to identifier characters so every target can use them.
func parsePattern(p string) []segment {
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	var segs []segment
	for _, s := range strings.Split(p, "/") {
		if s != "" {
			segs = append(segs, parseSegment(s))
		}
	}
	return segs
}

func parseSegment(s string) segment {
	switch {
	case wrapped(s, "[[...", "]]"):
		return segment{segOptionalCatchAll, paramName(s[5 : len(s)-2])}
	case wrapped(s, "[[", "]]"):
		return segment{segOptional, paramName(s[2 : len(s)-2])}
	case wrapped(s, "[...", "]"):
		return segment{segCatchAll, paramName(s[4 : len(s)-1])}
	case wrapped(s, "[", "]"):
		return segment{segParam, paramName(s[1 : len(s)-1])}
	}
	return segment{segLiteral, s}
}

// wrapped reports whether s is prefix + a name without brackets + suffix.
func wrapped(s, prefix, suffix string) bool {
	if len(s) <= len(prefix)+len(suffix) || !strings.HasPrefix(s, prefix) || !strings.HasSuffix(s, suffix) {
		return false
	}
	return !strings.ContainsAny(s[len(prefix):len(s)-len(suffix)], "[]")
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

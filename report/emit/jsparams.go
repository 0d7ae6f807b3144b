package emit

import (
	"strings"
)

// paramObject renders one parameter set as a JavaScript object literal.
// Names are identifiers (see paramName), so they need no quoting as keys.
func paramObject(set []param, value func(param) string) string {
	parts := make([]string, len(set))
	for i, p := range set {
		parts[i] = p.name + ": " + value(p)
	}
	return "{ " + strings.Join(parts, ", ") + " }"
}

// nextParamValue is a param as Next expects it: a string for [x], an array
// for catch-alls (Next turns [[x]] into [[...x]]).
func nextParamValue(p param) string {
	if p.kind == segParam {
		return jsString(strings.Join(p.parts, "/"))
	}
	return jsArray(p.parts)
}

// joinedParamValue is a param as Astro and SvelteKit expect it: one string,
// rest parameters joined with "/"; absent is undefined (Astro) or an empty string.
func joinedParamValue(absent string) func(param) string {
	return func(p param) string {
		if len(p.parts) == 0 && p.kind != segParam {
			return absent
		}
		return jsString(strings.Join(p.parts, "/"))
	}
}

func jsArray(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = jsString(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// destructure renders "{ id, slug }" for the params of a pattern, renaming
// names that are reserved words.
func destructure(segs []segment) string {
	var names []string
	for _, s := range segs {
		if s.kind == segLiteral {
			continue
		}
		if reserved[s.text] {
			names = append(names, s.text+": "+s.text+"_")
			continue
		}
		names = append(names, s.text)
	}
	return "{ " + strings.Join(names, ", ") + " }"
}

var reserved = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`await break case catch class const continue debugger default delete do else
		enum export extends false finally for function if implements import in instanceof interface let new null
		package private protected public return static super switch this throw true try typeof var void while with
		yield arguments eval`) {
		m[w] = true
	}
	return m
}()

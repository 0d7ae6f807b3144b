package emit

import (
	"net/url"
	"sort"
	"strings"

	"github.com/rendermap/rendermap/internal/text"
)

// maxExampleParams caps how many example parameter sets a snippet lists.
const maxExampleParams = 3

// param is one parameter value taken from an example URL; a catch-all has
// several parts, an absent optional one none.
type param struct {
	name  string
	parts []string
	kind  segKind
}

// exampleParams extracts parameter sets from a route's example URLs, for
// generateStaticParams, getStaticPaths, entries and prerender seeds. Sets are
// de-duplicated and sorted; examples that do not fit the pattern are skipped.
func exampleParams(segs []segment, examples []string) [][]param {
	seen := map[string]bool{}
	var sets [][]param
	for _, ex := range examples {
		set, ok := matchExample(segs, examplePath(ex))
		key := paramKey(set)
		if !ok || len(set) == 0 || seen[key] {
			continue
		}
		seen[key] = true
		sets = append(sets, set)
	}
	sort.Slice(sets, func(i, j int) bool { return paramKey(sets[i]) < paramKey(sets[j]) })
	if len(sets) > maxExampleParams {
		sets = sets[:maxExampleParams]
	}
	return sets
}

// exampleSeeds returns example paths of a pattern (decoded, sorted), capped.
func exampleSeeds(segs []segment, examples []string) []string {
	var out []string
	for _, ex := range examples {
		p := examplePath(ex)
		if _, ok := matchExample(segs, p); ok {
			out = text.AppendUnique(out, "/"+strings.Join(p, "/"))
		}
	}
	sort.Strings(out)
	if len(out) > maxExampleParams {
		out = out[:maxExampleParams]
	}
	return out
}

func paramKey(set []param) string {
	var b strings.Builder
	for _, p := range set {
		b.WriteString(p.name + "=" + strings.Join(p.parts, "/") + "\x00")
	}
	return b.String()
}

// examplePath returns the decoded path segments of an example URL or path.
func examplePath(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	var out []string
	for _, s := range strings.Split(u.EscapedPath(), "/") {
		if s == "" {
			continue
		}
		if d, err := url.PathUnescape(s); err == nil {
			s = d
		}
		out = append(out, s)
	}
	return out
}

// matchExample binds a path's segments to the pattern's parameters.
func matchExample(segs []segment, path []string) ([]param, bool) {
	var set []param
	i := 0
	for k, s := range segs {
		left := len(path) - i
		switch s.kind {
		case segLiteral:
			if left < 1 || path[i] != s.text {
				return nil, false
			}
			i++
		case segParam, segOptional:
			if left < 1 || s.kind == segOptional && left <= minSegments(segs[k+1:]) {
				set = append(set, param{name: s.text, kind: s.kind})
				if s.kind == segParam {
					return nil, false
				}
				continue
			}
			set = append(set, param{name: s.text, parts: []string{path[i]}, kind: s.kind})
			i++
		default:
			n := left - minSegments(segs[k+1:])
			if n < 0 || n == 0 && s.kind == segCatchAll {
				return nil, false
			}
			set = append(set, param{name: s.text, parts: path[i : i+n], kind: s.kind})
			i += n
		}
	}
	return set, i == len(path)
}

// minSegments is the fewest path segments the segments can match.
func minSegments(segs []segment) int {
	n := 0
	for _, s := range segs {
		if s.kind == segLiteral || s.kind == segParam || s.kind == segCatchAll {
			n++
		}
	}
	return n
}

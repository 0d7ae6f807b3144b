package crawl

import (
	"strings"

	"github.com/rendermap/rendermap"
)

// frameworkPattern turns a framework's route id into a bracket-style
// pattern, or returns "" when the id has no such form (SvelteKit node ids,
// optional parameters, parameters inside a segment, error pages). Optional
// catch-alls become catch-alls: discovery lists the bare prefix as a
// pattern of its own.
func frameworkPattern(framework, id string) string {
	switch framework {
	case "next":
		return nextPattern(id)
	case "nuxt", "vue-router":
		return vuePattern(id)
	}
	return ""
}

// nextPattern reads a Next.js Pages Router page such as /blog/[slug] or
// /docs/[[...slug]]; /_app, /_error and the like are not routes.
func nextPattern(id string) string {
	if !strings.HasPrefix(id, "/") || strings.HasPrefix(id, "/_") {
		return ""
	}
	p, err := rendermap.ParsePattern(id)
	if err != nil {
		return ""
	}
	for i, s := range p {
		switch {
		case s.Kind == rendermap.SegOptionalCatchAll:
			p[i].Kind = rendermap.SegCatchAll
		case s.Kind == rendermap.SegOptional, strings.ContainsAny(s.Text, "[]"):
			return "" // no [[name]] in Next; brackets inside a segment
		}
	}
	return p.String()
}

// vuePattern reads a Vue Router record path such as /guides/:slug(.*)* or
// /products/:id(\d+).
func vuePattern(id string) string {
	if !strings.HasPrefix(id, "/") {
		return ""
	}
	segs := splitSegments(id)
	for i, s := range segs {
		p, ok := vueSegment(s, i == len(segs)-1)
		if !ok {
			return ""
		}
		segs[i] = p
	}
	return joinPattern(segs)
}

// vueSegment converts one Vue Router segment: a literal, or :name with an
// optional (regexp) and a *, + or ? modifier. Repeatable parameters must
// come last; optional ones have no bracket form.
func vueSegment(s string, last bool) (string, bool) {
	if !strings.HasPrefix(s, ":") {
		return s, !strings.ContainsAny(s, ":()[]*+?")
	}
	name, rest := vueName(s[1:])
	if name == "" {
		return "", false
	}
	if strings.HasPrefix(rest, "(") {
		end := strings.LastIndexByte(rest, ')')
		if end < 0 {
			return "", false
		}
		rest = rest[end+1:]
	}
	switch {
	case rest == "":
		return "[" + name + "]", true
	case (rest == "*" || rest == "+") && last:
		return "[..." + name + "]", true
	}
	return "", false
}

func vueName(s string) (name, rest string) {
	i := 0
	for i < len(s) && (s[i] == '_' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9') {
		i++
	}
	return s[:i], s[i:]
}

func joinPattern(segs []string) string {
	return "/" + strings.Join(segs, "/")
}

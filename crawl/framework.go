package crawl

import "strings"

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
	segs := splitSegments(id)
	for i, s := range segs {
		switch {
		case strings.HasPrefix(s, "[[...") && strings.HasSuffix(s, "]]"):
			segs[i] = s[1 : len(s)-1]
		case strings.ContainsAny(s, "[]") && !validBracket(s):
			return ""
		}
	}
	return joinPattern(segs)
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

// validBracket accepts [name] and [...name] with a name free of brackets.
func validBracket(s string) bool {
	inner, ok1 := strings.CutPrefix(s, "[")
	inner, ok2 := strings.CutSuffix(inner, "]")
	if !ok1 || !ok2 {
		return false
	}
	inner = strings.TrimPrefix(inner, "...")
	return inner != "" && !strings.ContainsAny(inner, "[]/")
}

func joinPattern(segs []string) string {
	return "/" + strings.Join(segs, "/")
}

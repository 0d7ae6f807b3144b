package emit

import (
	"net/url"
	"strings"

	"github.com/rendermap/rendermap/internal/text"
)

// nuxtKeys translates a pattern into Nitro route-rule keys (radix3): "*" is
// one segment, "**" any depth. An optional segment needs a second key for the
// path without it. Nothing may follow "**", so the key stops there.
func nuxtKeys(segs []segment) []string {
	return variants(segs, func(s segment, last bool) (string, bool) {
		switch s.kind {
		case segParam:
			return "*", false
		case segCatchAll:
			return "**", true
		}
		return s.text, false
	})
}

// netlifyPaths translates a pattern into Netlify header paths: ":name" is one
// segment inside a path, "*" (a splat, any depth) ends one.
func netlifyPaths(segs []segment) []string {
	return variants(segs, func(s segment, last bool) (string, bool) {
		switch {
		case s.kind == segCatchAll || s.kind == segParam && last:
			return "*", true
		case s.kind == segParam:
			return ":" + s.text, false
		}
		return netlifyLiteral(s.text), false
	})
}

// variants expands optional segments into the path without them and the
// path with them, then renders each with seg; seg returns stop=true when
// nothing may follow the segment it rendered.
func variants(segs []segment, seg func(s segment, last bool) (string, bool)) []string {
	all := [][]segment{segs}
	if hasOptional(segs) {
		all = [][]segment{withoutOptional(segs), required(segs)}
	}
	var out []string
	for _, v := range all {
		out = text.AppendUnique(out, renderPath(v, seg))
	}
	return out
}

func renderPath(segs []segment, seg func(s segment, last bool) (string, bool)) string {
	var b strings.Builder
	for i, s := range segs {
		text, stop := seg(s, i == len(segs)-1)
		b.WriteString("/" + text)
		if stop {
			break
		}
	}
	if b.Len() == 0 {
		return "/"
	}
	return b.String()
}

// vercelSource translates a pattern into a vercel.json path-to-regexp source.
func vercelSource(segs []segment) string {
	return renderPath(segs, func(s segment, _ bool) (string, bool) {
		switch s.kind {
		case segParam:
			return ":" + s.text, false
		case segOptional:
			return ":" + s.text + "?", false
		case segCatchAll:
			return ":" + s.text + "+", false
		case segOptionalCatchAll:
			return ":" + s.text + "*", false
		}
		return pathToRegexpLiteral(s.text), false
	})
}

// pathToRegexpLiteral backslash-escapes the characters path-to-regexp reads
// as syntax.
func pathToRegexpLiteral(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\:()*+?{}[]`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// netlifyLiteral percent-encodes what a _headers path line cannot hold
// literally: spaces and control characters, wildcards, a leading ':' and
// non-ASCII bytes.
func netlifyLiteral(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '*' || c == '#' || c == ':' && i == 0 || c == '!' {
			b.WriteString("%" + strings.ToUpper(hex2(c)))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// fsLiteral makes a literal segment safe as a folder or file name: anything
// outside unreserved URL characters is percent-encoded, and "." / ".." cannot
// climb the tree.
func fsLiteral(s string) string {
	e := url.PathEscape(s)
	e = strings.NewReplacer(":", "%3A", "@", "%40", "$", "%24", "&", "%26", "+", "%2B", "=", "%3D").Replace(e)
	if strings.Trim(e, ".") == "" {
		return strings.Repeat("%2E", len(e))
	}
	return e
}

// nextFolder renders one App or Pages Router segment; Next has no optional
// single parameter, so [[x]] becomes the optional catch-all [[...x]].
func nextFolder(s segment) string {
	switch s.kind {
	case segParam:
		return "[" + s.text + "]"
	case segCatchAll:
		return "[..." + s.text + "]"
	case segOptional, segOptionalCatchAll:
		return "[[..." + s.text + "]]"
	}
	lit := fsLiteral(s.text)
	if strings.HasPrefix(lit, "_") {
		return "%5F" + lit[1:] // a leading underscore makes an App Router folder private
	}
	return lit
}

// nextAppFile is the App Router page file for a pattern.
func nextAppFile(segs []segment) string {
	return joinFile("app", segs, nextFolder, "page.tsx")
}

// nextPagesFile is the Pages Router page file for a pattern.
func nextPagesFile(segs []segment) string {
	return lastAsFile("pages", segs, nextFolder, ".tsx")
}

// nextRoute is the route literal Next's PageProps helper expects.
func nextRoute(segs []segment) string {
	return "/" + strings.Join(mapSegs(segs, nextFolder), "/")
}

// astroFolder renders one Astro segment: rest parameters already match zero
// segments, so every catch-all or optional form becomes [...x].
func astroFolder(s segment) string {
	switch s.kind {
	case segParam:
		return "[" + s.text + "]"
	case segOptional, segCatchAll, segOptionalCatchAll:
		return "[..." + s.text + "]"
	}
	return fsLiteral(s.text)
}

// astroFile is the page file under src/pages for a pattern.
func astroFile(segs []segment) string {
	return lastAsFile("src/pages", segs, astroFolder, ".astro")
}

// astroRoute is the route pattern string the Vercel adapter's isr.exclude
// compares against.
func astroRoute(segs []segment) string {
	return "/" + strings.Join(mapSegs(segs, astroFolder), "/")
}

// svelteFolder renders one SvelteKit segment: [x], [[x]] and [...x] exist;
// an optional catch-all is [...x], which already matches zero segments.
func svelteFolder(s segment) string {
	switch s.kind {
	case segParam:
		return "[" + s.text + "]"
	case segOptional:
		return "[[" + s.text + "]]"
	case segCatchAll, segOptionalCatchAll:
		return "[..." + s.text + "]"
	}
	return fsLiteral(s.text)
}

// svelteFile is the +page.ts file under src/routes for a pattern.
func svelteFile(segs []segment) string {
	return joinFile("src/routes", segs, svelteFolder, "+page.ts")
}

func mapSegs(segs []segment, f func(segment) string) []string {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = f(s)
	}
	return out
}

func joinFile(root string, segs []segment, f func(segment) string, name string) string {
	parts := append([]string{root}, mapSegs(segs, f)...)
	return strings.Join(append(parts, name), "/")
}

// lastAsFile names the last segment as a file (root → index).
func lastAsFile(root string, segs []segment, f func(segment) string, ext string) string {
	if len(segs) == 0 {
		return root + "/index" + ext
	}
	return strings.Join(append([]string{root}, mapSegs(segs, f)...), "/") + ext
}

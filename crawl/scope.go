package crawl

import (
	"net/url"
	"path"
	"sort"
	"strings"
)

// scope decides which URLs discovery keeps: allowed origins, include and
// exclude globs, and robots.txt.
type scope struct {
	origins          map[string]bool
	include, exclude []string
	robots           *robots
}

func newScope(start *url.URL, allow, include, exclude []string) *scope {
	s := &scope{origins: map[string]bool{originOf(start): true}, include: include, exclude: exclude}
	for _, o := range allow {
		if n, err := Normalize(o, nil); err == nil {
			u, _ := url.Parse(n)
			s.origins[originOf(u)] = true
		}
	}
	return s
}

func originOf(u *url.URL) string { return u.Scheme + "://" + u.Host }

// allowedOrigins lists the allowed origins, sorted, for the browser's guard.
func (s *scope) allowedOrigins() []string {
	out := make([]string, 0, len(s.origins))
	for o := range s.origins {
		out = append(out, o)
	}
	sort.Strings(out)
	return out
}

// onOrigin reports whether u (normalized) is on an allowed origin.
func (s *scope) onOrigin(u *url.URL) bool { return s.origins[originOf(u)] }

// pathWanted applies the include and exclude globs to a URL path.
func (s *scope) pathWanted(p string) bool {
	for _, g := range s.exclude {
		if GlobMatch(g, p) {
			return false
		}
	}
	if len(s.include) == 0 {
		return true
	}
	for _, g := range s.include {
		if GlobMatch(g, p) {
			return true
		}
	}
	return false
}

// GlobMatch reports whether a URL path matches a glob: path.Match per
// segment, with "**" matching any number of segments (zero included).
func GlobMatch(glob, p string) bool {
	return matchSegments(splitSegments(glob), splitSegments(p))
}

func splitSegments(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}

func matchSegments(gs, xs []string) bool {
	if len(gs) == 0 {
		return len(xs) == 0
	}
	if gs[0] == "**" {
		for i := 0; i <= len(xs); i++ {
			if matchSegments(gs[1:], xs[i:]) {
				return true
			}
		}
		return false
	}
	if len(xs) == 0 {
		return false
	}
	ok, _ := path.Match(gs[0], xs[0])
	return ok && matchSegments(gs[1:], xs[1:])
}

// nonPageExt lists file extensions whose links lead to files, not pages.
var nonPageExt = map[string]bool{
	".xml": true, ".gz": true, ".zip": true, ".pdf": true, ".txt": true, ".json": true, ".csv": true,
	".rss": true, ".atom": true, ".css": true, ".js": true, ".mjs": true, ".map": true, ".ico": true,
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".svg": true, ".webp": true, ".avif": true,
	".mp4": true, ".webm": true, ".mp3": true, ".woff": true, ".woff2": true, ".ttf": true, ".dmg": true, ".exe": true,
}

// looksLikePage reports whether a link from the DOM may lead to a page:
// links to files such as sitemap.xml, images or PDFs are not followed.
func looksLikePage(u string) bool {
	p, _ := splitURL(u)
	return !nonPageExt[strings.ToLower(path.Ext(p))]
}

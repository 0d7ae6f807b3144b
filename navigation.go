package rendermap

import (
	"net/url"
	"strings"
)

// IsNavigation reports whether a request made while a page loads prefetches
// another page (framework navigation) rather than loading data the page
// shows: Next.js RSC payloads (?_rsc=, or an RSC request header, which the
// browser reports as Kind "navigation") and Pages Router /_next/data/, Nuxt
// _payload.json and its /_nuxt/builds/ route manifest, SvelteKit
// __data.json, Gatsby /page-data/, Remix ?_data= and React Router .data.
func IsNavigation(r DataRequest) bool {
	if r.Kind == "navigation" {
		return true
	}
	u, err := url.Parse(r.URL)
	if err != nil {
		return false
	}
	q, path := u.Query(), u.Path
	return q.Has("_rsc") || q.Has("_data") ||
		strings.HasSuffix(path, "_payload.json") || strings.HasPrefix(path, "/_nuxt/builds/") ||
		strings.HasPrefix(path, "/_next/data/") || strings.HasSuffix(path, "/__data.json") ||
		strings.HasPrefix(path, "/page-data/") || strings.HasSuffix(path, ".data")
}

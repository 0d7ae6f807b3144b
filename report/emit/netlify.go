package emit

import (
	"strings"

	"github.com/rendermap/rendermap"
)

var netlifyIntro = []string{
	"Netlify: copy into _headers in the publish directory (or translate to [[headers]] in netlify.toml).",
	"_headers apply ONLY to files Netlify serves from its store (prerendered pages, client-rendered shells);",
	"they never reach function, SSR or edge responses. ISR and SSR routes are listed as comments with the header",
	"their function must send itself. Precedence: Netlify-CDN-Cache-Control > CDN-Cache-Control > Cache-Control.",
	"Paths: ':name' matches one segment, '*' any depth.",
}

func genNetlify(j *job) []File {
	var b strings.Builder
	b.WriteString(comment("#", headerLines(j.a, j.opt)...))
	b.WriteString(comment("#", netlifyIntro...))
	for _, r := range j.routes {
		b.WriteString("\n" + comment("#", ruleComment(r.Route)))
		b.WriteString(comment("#", notes(r.Route)...))
		b.WriteString(netlifyBlock(r))
	}
	return []File{{Path: "_headers", Content: []byte(b.String())}}
}

// netlifyBlock renders a route's rule: real _headers entries for pages
// served as static files, comments for function responses.
func netlifyBlock(r route) string {
	rec := r.Recommendation
	switch {
	case rec.Strategy == rendermap.Static || rec.Strategy == rendermap.Client:
		return netlifyEntries(r, "", "Cache-Control: "+browserRevalidate)
	case rec.Strategy == rendermap.ISR && unsafeToShare(r.Route):
		return comment("#", "Function response, not reached by _headers. Personalized today: once it is not, send:") +
			netlifyEntries(r, "# ", "Netlify-CDN-Cache-Control: "+netlifyISR(rec.RevalidateSeconds))
	case rec.Strategy == rendermap.ISR:
		return comment("#", "Function response, not reached by _headers: send from the page's function:") +
			netlifyEntries(r, "# ", "Netlify-CDN-Cache-Control: "+netlifyISR(rec.RevalidateSeconds))
	case r.Personalized.Personalized:
		return comment("#", "Function response, not reached by _headers: send from the page's function:") +
			netlifyEntries(r, "# ", "Cache-Control: "+privateNoStore)
	}
	return comment("#", "Function response: nothing to send; Netlify caches a function response only when it says so.")
}

// netlifyEntries renders one block per Netlify path of the route.
func netlifyEntries(r route, prefix string, headers ...string) string {
	var b strings.Builder
	for _, p := range netlifyPaths(r.segs) {
		b.WriteString(prefix + p + "\n")
		for _, h := range headers {
			b.WriteString(prefix + "  " + h + "\n")
		}
	}
	return b.String()
}

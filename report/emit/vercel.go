package emit

import (
	"bytes"
	"encoding/json"

	"github.com/rendermap/rendermap"
)

var vercelCaveats = []string{
	"vercel.json is JSON without comments: this README carries the reasons. Prefer the framework's own ISR (Build Output `prerender-config.json`) where it exists; these headers are for routes the framework config cannot express.",
	"Headers a function returns override vercel.json headers for the same route, so check the framework does not set its own `Cache-Control`.",
	"Precedence: `Vercel-CDN-Cache-Control` > `CDN-Cache-Control` > `Cache-Control`. Vercel sends `public, max-age=0, must-revalidate` to browsers. TTLs range from 1 s to 31536000 s.",
	"Vercel does not cache responses whose `Vary` includes `Cookie` (`x-vercel-cache: MISS`, log reason `vary_key_denied:cookie`).",
	"Routes personalized today get no shared-cache rule until the personalized part renders in the browser.",
}

type vercelConfig struct {
	Schema  string       `json:"$schema"`
	Headers []vercelRule `json:"headers"`
}

type vercelRule struct {
	Source  string         `json:"source"`
	Headers []vercelHeader `json:"headers"`
}

type vercelHeader struct {
	Key   string `json:"key"`
	Value string `json:"value"`
}

func genVercel(j *job) []File {
	cfg := vercelConfig{Schema: "https://openapi.vercel.sh/vercel.json", Headers: []vercelRule{}}
	var rows []string
	for _, r := range j.routes {
		src := vercelSource(r.segs)
		hs, paste := vercelHeaders(r)
		if len(hs) > 0 {
			cfg.Headers = append(cfg.Headers, vercelRule{Source: src, Headers: hs})
		}
		rows = append(rows, readmeRow(r, src, paste))
	}
	intro := "Merge the `headers` entries of `vercel.json` into yours. The table gives each rule's source, headers and reason."
	readme := targetReadme(j, "Vercel cache headers", intro, "Source", rows, vercelCaveats)
	return []File{
		{Path: "vercel.json", Content: encodeJSON(cfg)},
		{Path: "README.md", Content: []byte(readme)},
	}
}

// vercelHeaders returns the headers implementing a route's strategy at the
// Vercel CDN, and a one-line description for the README.
func vercelHeaders(r route) ([]vercelHeader, string) {
	rec := r.Recommendation
	var cdn string
	switch rec.Strategy {
	case rendermap.Static, rendermap.Client:
		cdn = vercelStatic()
	case rendermap.ISR:
		cdn = vercelISR(rec.RevalidateSeconds)
	case rendermap.SSR:
		if r.Personalized.Personalized {
			return []vercelHeader{{"Cache-Control", privateNoStore}}, "Cache-Control: " + privateNoStore
		}
		return []vercelHeader{{"Cache-Control", privateNoCache}}, "Cache-Control: " + privateNoCache + " (rendered per request, never shared)"
	}
	if unsafeToShare(r.Route) {
		return nil, "no rule yet (personalized today); once it is not: Vercel-CDN-Cache-Control: " + cdn
	}
	hs := []vercelHeader{{"Cache-Control", browserRevalidate}, {"Vercel-CDN-Cache-Control", cdn}}
	return hs, "Vercel-CDN-Cache-Control: " + cdn
}

// encodeJSON renders v as indented JSON without HTML escaping.
func encodeJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return []byte("{}\n") // unreachable: v holds only strings, numbers and slices
	}
	return buf.Bytes()
}

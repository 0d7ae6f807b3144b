package measure

import (
	"bytes"
	"net/http"
	"regexp"
	"strings"

	"github.com/rendermap/rendermap/internal/text"
)

// clue is one way to recognize a framework or a platform: a response header
// (whose lowercased value contains value; "" means any value) or a snippet
// of the raw HTML.
type clue struct {
	id, name      string
	header, value string
	body          string
}

// frameworkClues recognize frameworks, most specific first: the App and
// Pages Routers of Next.js before Next.js in general.
var frameworkClues = []clue{
	{id: "next-app", name: "Next.js (App Router)", body: "self.__next_f"},
	{id: "next-app", name: "Next.js (App Router)", header: "Vary", value: "next-router-state-tree"},
	{id: "next-pages", name: "Next.js (Pages Router)", body: `id="__next_data__"`},
	{id: "next", name: "Next.js", header: "X-Powered-By", value: "next.js"},
	{id: "next", name: "Next.js", header: "X-Nextjs-Cache"},
	{id: "next", name: "Next.js", header: "X-Nextjs-Prerender"},
	{id: "next", name: "Next.js", body: "/_next/static/"},
	{id: "nuxt", name: "Nuxt", body: `id="__nuxt"`},
	{id: "nuxt", name: "Nuxt", body: "__nuxt_data__"},
	{id: "nuxt", name: "Nuxt", body: "/_nuxt/"},
	{id: "astro", name: "Astro", body: "<astro-island"},
	{id: "astro", name: "Astro", body: "/_astro/"},
	{id: "sveltekit", name: "SvelteKit", body: "__sveltekit_"},
	{id: "sveltekit", name: "SvelteKit", body: "data-sveltekit-"},
	{id: "sveltekit", name: "SvelteKit", body: "/_app/immutable/"},
	{id: "react-router", name: "React Router (framework mode)", body: "__reactroutercontext"},
	{id: "remix", name: "Remix", body: "__remixcontext"},
	{id: "gatsby", name: "Gatsby", body: `id="___gatsby"`},
	{id: "wordpress", name: "WordPress", body: "/wp-content/"},
}

// generators map a <meta name="generator"> prefix to a framework.
var generators = []clue{
	{id: "astro", name: "Astro", value: "astro"},
	{id: "hugo", name: "Hugo", value: "hugo"},
	{id: "jekyll", name: "Jekyll", value: "jekyll"},
	{id: "eleventy", name: "Eleventy", value: "eleventy"},
	{id: "gatsby", name: "Gatsby", value: "gatsby"},
	{id: "docusaurus", name: "Docusaurus", value: "docusaurus"},
	{id: "vitepress", name: "VitePress", value: "vitepress"},
	{id: "hexo", name: "Hexo", value: "hexo"},
	{id: "wordpress", name: "WordPress", value: "wordpress"},
}

// platformClues recognize the serving layer: hosts and CDNs first, then
// caches and web servers, then framework servers answering directly.
var platformClues = []clue{
	{id: "vercel", name: "Vercel", header: "X-Vercel-Id"},
	{id: "vercel", name: "Vercel", header: "X-Vercel-Cache"},
	{id: "vercel", name: "Vercel", header: "Server", value: "vercel"},
	{id: "netlify", name: "Netlify", header: "X-Nf-Request-Id"},
	{id: "netlify", name: "Netlify", header: "Server", value: "netlify"},
	{id: "netlify", name: "Netlify", header: "Cache-Status", value: "netlify"},
	{id: "cloudflare", name: "Cloudflare", header: "Cf-Ray"},
	{id: "cloudflare", name: "Cloudflare", header: "Cf-Cache-Status"},
	{id: "cloudflare", name: "Cloudflare", header: "Server", value: "cloudflare"},
	{id: "fastly", name: "Fastly", header: "X-Served-By", value: "cache-"},
	{id: "fastly", name: "Fastly", header: "X-Fastly-Request-Id"},
	{id: "akamai", name: "Akamai", header: "Akamai-Cache-Status"},
	{id: "akamai", name: "Akamai", header: "Server", value: "akamaighost"},
	{id: "cloudfront", name: "Amazon CloudFront", header: "X-Amz-Cf-Pop"},
	{id: "cloudfront", name: "Amazon CloudFront", header: "Via", value: "cloudfront"},
	{id: "varnish", name: "Varnish", header: "X-Varnish"},
	{id: "varnish", name: "Varnish", header: "Via", value: "varnish"},
	{id: "nginx", name: "nginx", header: "Server", value: "nginx"},
	{id: "apache", name: "Apache httpd", header: "Server", value: "apache"},
	{id: "caddy", name: "Caddy", header: "Server", value: "caddy"},
	{id: "next-server", name: "Next.js server (next start)", header: "X-Powered-By", value: "next.js"},
}

// detectLimit caps the bytes of raw HTML searched for clues.
const detectLimit = 512 << 10

var generatorMeta = regexp.MustCompile(`(?i)<meta[^>]+name=["']?generator["']?[^>]*content=["']([^"']+)`)

// found is one recognized framework or platform with its evidence.
type found struct {
	id, name string
	evidence []string
}

// detectFramework recognizes the framework of one page, or returns nil.
func detectFramework(h http.Header, body []byte) *found {
	body = bytes.ToLower(body[:min(len(body), detectLimit)])
	f := firstMatch(frameworkClues, h, body)
	if f == nil {
		f = generator(body)
	}
	return f
}

// detectPlatform recognizes the serving layer of one page, or returns nil.
func detectPlatform(h http.Header) *found {
	return firstMatch(platformClues, h, nil)
}

// firstMatch returns the id of the first clue that matches, with every
// matching clue of that id as evidence.
func firstMatch(clues []clue, h http.Header, body []byte) *found {
	var f *found
	for _, c := range clues {
		ev, ok := c.match(h, body)
		switch {
		case !ok:
		case f == nil:
			f = &found{id: c.id, name: c.name, evidence: []string{ev}}
		case f.id == c.id:
			f.evidence = text.AppendUnique(f.evidence, ev)
		}
	}
	return f
}

func (c clue) match(h http.Header, body []byte) (string, bool) {
	if c.body != "" {
		return "page contains " + c.body, bytes.Contains(body, []byte(c.body))
	}
	v := strings.ToLower(strings.Join(h.Values(c.header), ", "))
	if v == "" || !strings.Contains(v, c.value) {
		return "", false
	}
	return strings.ToLower(c.header) + ": " + text.Truncate(v, 60), true
}

// generator reads <meta name="generator">.
func generator(body []byte) *found {
	m := generatorMeta.FindSubmatch(body)
	if m == nil {
		return nil
	}
	content := strings.TrimSpace(string(m[1]))
	for _, g := range generators {
		if strings.HasPrefix(content, g.value) {
			return &found{id: g.id, name: g.name, evidence: []string{"generator: " + text.Truncate(content, 40)}}
		}
	}
	return nil
}

package emit

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

var astroCaveats = []string{
	"Astro 5 and later have no `output: 'hybrid'` (the config rejects it); `output: 'static'` with per-page `prerender = false` does the same.",
	"`@astrojs/vercel` ISR has one expiration for every on-demand page; `exclude` strings are compared exactly to the route pattern (RegExps are tested against it). Astro 7 `routeRules` with a cache provider give per-route TTLs.",
	"`@astrojs/netlify` has no ISR setting: set `Netlify-CDN-Cache-Control` in each ISR page (the commented line in its file) or use Astro 7's `cacheNetlify()` provider. Do not turn on `cacheOnDemandPages` when some pages must render per request.",
	"A prerendered dynamic page needs `getStaticPaths` listing every page; the listed entries are only the audit's examples.",
	"Rest parameters (`[...slug]`) also match zero segments.",
}

func genAstro(j *job) []File {
	files := []File{astroConfig(j)}
	var rows []string
	for _, r := range j.routes {
		f, exports := astroPage(j, r)
		files = append(files, f)
		rows = append(rows, readmeRow(r, f.Path, exports))
	}
	readme := targetReadme(j, "Astro page options", "Merge each file's frontmatter into the page at the same path under `src/pages/`, and `astro.config.mjs` into yours.", "File", rows, astroCaveats)
	return append(files, File{Path: "README.md", Content: []byte(readme)})
}

// astroOnDemand reports whether the page renders on the server at request time.
func astroOnDemand(r route) bool {
	switch r.Recommendation.Strategy {
	case rendermap.ISR, rendermap.SSR:
		return true
	case rendermap.Client:
		return isDynamic(r.segs) // a dynamic shell cannot be prerendered without its pages
	}
	return false
}

func astroPage(j *job, r route) (File, string) {
	path := astroFile(r.segs)
	var b strings.Builder
	b.WriteString("---\n")
	b.WriteString(comment("//", headerLines(j.a, j.opt)...))
	b.WriteString(comment("//", oneLine("Route "+r.Pattern+": merge into the frontmatter of "+path+".", 300)))
	b.WriteString(comment("//", ruleComment(r.Route)))
	b.WriteString(comment("//", notes(r.Route)...))
	lines, exports := astroLines(r)
	b.WriteString(strings.Join(lines, "\n") + "\n---\n")
	return File{Path: path, Content: []byte(b.String())}, exports
}

func astroLines(r route) ([]string, string) {
	rec := r.Recommendation
	lines := []string{fmt.Sprintf("export const prerender = %t", !astroOnDemand(r))}
	switch {
	case rec.Strategy == rendermap.Static && isDynamic(r.segs):
		lines = append(lines, astroStaticPaths(r)...)
		return lines, "prerender, getStaticPaths"
	case rec.Strategy == rendermap.ISR:
		lines = append(lines, "// Vercel: the adapter's isr in astro.config.mjs caches this page.",
			"// Netlify: "+fmt.Sprintf("Astro.response.headers.set('Netlify-CDN-Cache-Control', %s)", jsString(netlifyISR(rec.RevalidateSeconds))))
	case rec.Strategy == rendermap.SSR && r.Personalized.Personalized:
		lines = append(lines, "Astro.response.headers.set('Cache-Control', 'private, no-store') // personalized: never in a shared cache")
		return lines, "prerender, the Cache-Control header"
	case rec.Strategy == rendermap.SSR:
		lines = append(lines, "// Renders per request: astro.config.mjs excludes it from the adapter's isr.")
	case rec.Strategy == rendermap.Client:
		lines = append(lines, `// Render the data-dependent part as an island, e.g. <Dashboard client:only="react" />.`)
	}
	return lines, "prerender"
}

func astroStaticPaths(r route) []string {
	lines := []string{"export async function getStaticPaths() {", "  // TODO: return every page; the entries are the audit's examples", "  return ["}
	for _, set := range exampleParams(r.segs, r.Examples) {
		lines = append(lines, "    { params: "+paramObject(set, joinedParamValue("undefined"))+" },")
	}
	return append(lines, "  ]", "}")
}

func astroConfig(j *job) File {
	var b strings.Builder
	b.WriteString(comment("//", headerLines(j.a, j.opt)...))
	b.WriteString(comment("//", "Astro 5-7 on Vercel: merge output and adapter into astro.config.mjs."))
	b.WriteString("import { defineConfig } from 'astro/config'\nimport vercel from '@astrojs/vercel'\n\n")
	b.WriteString("export default defineConfig({\n  output: 'static', // pages are prerendered unless they export prerender = false\n")
	b.WriteString(astroAdapter(j.routes))
	b.WriteString(astroRouteRules(j.routes))
	b.WriteString("})\n")
	return File{Path: "astro.config.mjs", Content: []byte(b.String())}
}

// astroAdapter renders the Vercel adapter with one global ISR expiration:
// the shortest interval any ISR route wants.
func astroAdapter(routes []route) string {
	isr, exclude := astroSplit(routes)
	if len(isr) == 0 {
		return "  adapter: vercel(), // no route needs ISR\n"
	}
	short := isr[0]
	for _, r := range isr {
		if r.Recommendation.RevalidateSeconds < short.Recommendation.RevalidateSeconds {
			short = r
		}
	}
	var b strings.Builder
	b.WriteString("  adapter: vercel({\n    isr: {\n")
	b.WriteString(comment("      //", oneLine(fmt.Sprintf("One expiration for every on-demand page: the shortest wanted (%d s, %s).", short.Recommendation.RevalidateSeconds, short.Pattern), 300)))
	for _, r := range isr {
		if r.Recommendation.RevalidateSeconds != short.Recommendation.RevalidateSeconds {
			b.WriteString(comment("      //", oneLine(fmt.Sprintf("%s wanted %d s; Astro 7 routeRules below give each route its own.", r.Pattern, r.Recommendation.RevalidateSeconds), 300)))
		}
	}
	fmt.Fprintf(&b, "      expiration: %d,\n", short.Recommendation.RevalidateSeconds)
	if len(exclude) > 0 {
		b.WriteString("      // On-demand pages that must render per request (compared exactly to the route pattern):\n      exclude: [\n")
		for _, r := range exclude {
			fmt.Fprintf(&b, "        %s, // %s\n", jsString(astroRoute(r.segs)), ruleComment(r.Route))
		}
		b.WriteString("      ],\n")
	}
	b.WriteString("    },\n  }),\n")
	return b.String()
}

// astroSplit separates on-demand ISR routes from on-demand routes the
// global ISR must not cache.
func astroSplit(routes []route) (isr, exclude []route) {
	for _, r := range routes {
		switch {
		case r.Recommendation.Strategy == rendermap.ISR:
			isr = append(isr, r)
		case astroOnDemand(r):
			exclude = append(exclude, r)
		}
	}
	return isr, exclude
}

// astroRouteRules is the Astro 7 per-route alternative, commented out.
func astroRouteRules(routes []route) string {
	isr, _ := astroSplit(routes)
	if len(isr) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("  // Astro 7 alternative to the global isr: per-route TTLs with a cache provider.\n")
	b.WriteString("  // import { cacheVercel } from '@astrojs/vercel/cache'\n")
	b.WriteString("  // cache: { provider: cacheVercel() },\n  // routeRules: {\n")
	for _, r := range isr {
		b.WriteString("  //   " + oneLine(fmt.Sprintf("%s: { maxAge: %d, swr: %d },", jsString(astroRoute(r.segs)), r.Recommendation.RevalidateSeconds, staleForever), 300) + "\n")
	}
	b.WriteString("  // },\n")
	return b.String()
}

package emit

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

var svelteCaveats = []string{
	"ISR `config` works with `@sveltejs/adapter-vercel` on the Node (or Bun) runtime, not edge; on a prerendered page it is ignored with a build warning. `__pathname` is reserved in `allowQuery`.",
	"Options in a `+layout.ts` apply to every page below it; check the layouts above each page.",
	"`ssr = false` serves a client-rendered shell; `csr = false` ships no JavaScript.",
	"Netlify has no SvelteKit ISR setting: in `load`, call `setHeaders({ 'netlify-cdn-cache-control': 'public, durable, max-age=N, stale-while-revalidate=M' })` (the commented line in each ISR file).",
	"`entries` lists only the audit's examples; a prerendered dynamic page needs every page listed or linked.",
}

func genSvelteKit(j *job) []File {
	var files []File
	var rows []string
	for _, r := range j.routes {
		path := svelteFile(r.segs)
		lines, paste := svelteLines(r)
		var b strings.Builder
		b.WriteString(comment("//", headerLines(j.a, j.opt)...))
		b.WriteString(comment("//", oneLine("Route "+r.Pattern+": merge into "+path+" (or +page.server.ts).", 300)))
		b.WriteString(comment("//", ruleComment(r.Route)))
		b.WriteString(comment("//", notes(r.Route)...))
		b.WriteString("\n" + strings.Join(lines, "\n") + "\n")
		files = append(files, File{Path: path, Content: []byte(b.String())})
		rows = append(rows, readmeRow(r, path, paste))
	}
	readme := targetReadme(j, "SvelteKit page options", "Merge each file's exports into the `+page.ts` (or `+page.server.ts`) at the same path under `src/routes/`.", "File", rows, svelteCaveats)
	return append(files, File{Path: "README.md", Content: []byte(readme)})
}

func svelteLines(r route) ([]string, string) {
	rec := r.Recommendation
	switch rec.Strategy {
	case rendermap.Static:
		if isDynamic(r.segs) && len(exampleParams(r.segs, r.Examples)) == 0 {
			// prerender = true with no entry fails the build ("marked as
			// prerenderable, but were not prerendered"); 'auto' builds.
			return []string{"export const prerender = 'auto' // prerendered when linked or listed in entries(); the audit has no examples"}, "prerender"
		}
		lines := []string{"export const prerender = true"}
		if isDynamic(r.segs) {
			return append(lines, svelteEntries(r)...), "prerender, entries"
		}
		return lines, "prerender"
	case rendermap.ISR:
		return []string{"import type { Config } from '@sveltejs/adapter-vercel'", "",
			"export const prerender = false // ISR config on a prerendered page is ignored",
			"export const config: Config = {",
			fmt.Sprintf("  isr: { expiration: %d }, // adapter-vercel, Node runtime", rec.RevalidateSeconds), "}",
			"// Netlify: in load, setHeaders({ 'netlify-cdn-cache-control': " + jsString(netlifyISR(rec.RevalidateSeconds)) + " })",
		}, "prerender, config"
	case rendermap.SSR:
		lines := []string{"export const prerender = false", "export const ssr = true // rendered per request"}
		if r.Personalized.Personalized {
			lines = append(lines, "// personalized: in load, setHeaders({ 'cache-control': 'private, no-store' })")
		}
		return lines, "prerender, ssr"
	}
	shell := "the shell is the same for everyone"
	if isDynamic(r.segs) {
		shell = "each URL's shell is served on request"
	}
	return []string{fmt.Sprintf("export const prerender = %t // %s", !isDynamic(r.segs), shell),
		"export const ssr = false // client-rendered: no server render",
		"export const csr = true"}, "prerender, ssr, csr"
}

func svelteEntries(r route) []string {
	lines := []string{"", "export function entries() {", "  // TODO: return every page; the entries are the audit's examples", "  return ["}
	for _, set := range exampleParams(r.segs, r.Examples) {
		lines = append(lines, "    "+paramObject(set, joinedParamValue("''"))+",")
	}
	return append(lines, "  ]", "}")
}

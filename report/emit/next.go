package emit

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// staleForever is the stale window (one year) used where a target needs a
// number for "serve the stale page until it is regenerated", as Next and
// Nitro do.
const staleForever = 31536000

// snippet is one generated page file and the exports to paste from it.
type snippet struct {
	path    string
	body    string
	exports []string
}

func genNext(j *job) []File {
	var snips []snippet
	for _, r := range j.routes {
		snips = append(snips, nextSnippet(j.opt, r))
	}
	files := make([]File, 0, len(snips)+2)
	for i, s := range snips {
		files = append(files, snippetFile(j, j.routes[i], s))
	}
	files = append(files, File{Path: "README.md", Content: []byte(nextReadme(j, snips))})
	if j.opt.NextCacheComponents {
		files = append(files, nextConfigFile(j))
	}
	return files
}

func nextSnippet(opt Options, r route) snippet {
	switch {
	case opt.NextRouter == "pages":
		return pagesSnippet(r)
	case opt.NextCacheComponents:
		return cacheSnippet(r)
	}
	return classicSnippet(r)
}

// snippetFile prefixes a snippet with the header and the rule's reason.
func snippetFile(j *job, r route, s snippet) File {
	var b strings.Builder
	b.WriteString(comment("//", headerLines(j.a, j.opt)...))
	b.WriteString(comment("//", oneLine("Route "+r.Pattern+": paste the exports below into "+s.path+".", 300)))
	b.WriteString(comment("//", ruleComment(r.Route)))
	b.WriteString(comment("//", notes(r.Route)...))
	if !catchAllLast(r.segs) {
		b.WriteString("// Next allows a catch-all only as the last segment: this route needs restructuring.\n")
	}
	b.WriteString("\n" + s.body)
	return File{Path: s.path, Content: []byte(b.String())}
}

// classicSnippet is the App Router segment config without Cache Components.
func classicSnippet(r route) snippet {
	path := nextAppFile(r.segs)
	switch r.Recommendation.Strategy {
	case rendermap.Static:
		return classicStatic(path, r)
	case rendermap.ISR:
		return classicISR(path, r)
	case rendermap.SSR:
		body := "export const dynamic = 'force-dynamic' // rendered per request; Next sends private, no-cache, no-store\n"
		return snippet{path: path, body: body, exports: []string{"dynamic"}}
	}
	return clientSnippet(path, true)
}

func classicStatic(path string, r route) snippet {
	lines := []string{"export const dynamic = 'force-static' // rendered at build: no cookies(), headers() or searchParams"}
	exports := []string{"dynamic"}
	if isDynamic(r.segs) {
		lines = append(lines, "export const dynamicParams = true // unlisted pages render once on first request and stay; false 404s them")
		lines = append(lines, staticParams(r, nextParamValue, "TODO: return every page; the entries are the audit's examples")...)
		exports = append(exports, "dynamicParams", "generateStaticParams")
	}
	return snippet{path: path, body: strings.Join(lines, "\n") + "\n", exports: exports}
}

func classicISR(path string, r route) snippet {
	lines := []string{fmt.Sprintf("export const revalidate = %d // a literal number: Next reads it at build; the lowest value in the route wins", r.Recommendation.RevalidateSeconds)}
	exports := []string{"revalidate"}
	if isDynamic(r.segs) {
		lines = append(lines, "export const dynamicParams = true // unlisted pages render on first request, then are cached",
			"export async function generateStaticParams() {",
			"  return [] // build none; each page is rendered on its first request and regenerated after revalidate",
			"}")
		exports = append(exports, "dynamicParams", "generateStaticParams")
	}
	return snippet{path: path, body: strings.Join(lines, "\n") + "\n", exports: exports}
}

// staticParams renders generateStaticParams from the route's examples.
func staticParams(r route, value func(param) string, todo string) []string {
	sets := exampleParams(r.segs, r.Examples)
	lines := []string{"export async function generateStaticParams() {", "  // " + todo, "  return ["}
	for _, set := range sets {
		lines = append(lines, "    "+paramObject(set, value)+",")
	}
	return append(lines, "  ]", "}")
}

// cacheSnippet is the Next 16 Cache Components form ('use cache', cacheLife).
func cacheSnippet(r route) snippet {
	path := nextAppFile(r.segs)
	rec := r.Recommendation
	switch rec.Strategy {
	case rendermap.Static:
		return cachedPage(path, r, "cacheLife('max')")
	case rendermap.ISR:
		expire := max(staleForever, 2*rec.RevalidateSeconds)
		return cachedPage(path, r, fmt.Sprintf("cacheLife({ revalidate: %d, expire: %d })", rec.RevalidateSeconds, expire))
	case rendermap.SSR:
		return dynamicSnippet(path)
	}
	return clientSnippet(path, true)
}

// cachedPage is a page whose whole render is cached with the given cacheLife call.
func cachedPage(path string, r route, life string) snippet {
	s := snippet{path: path}
	lines := []string{"import { cacheLife } from 'next/cache'", ""}
	if r.Recommendation.Strategy == rendermap.Static {
		lines = append(lines, "export const ensureStatic = 'navigation' // Next 16.4+: the build fails if the page stops being static")
		s.exports = append(s.exports, "ensureStatic")
	}
	if isDynamic(r.segs) {
		lines = append(lines, staticParams(r, nextParamValue, "must return at least one entry with cacheComponents; the entries are the audit's examples")...)
		s.exports = append(s.exports, "generateStaticParams")
	}
	lines = append(lines, pageFunc(r.segs)...)
	lines = append(lines, "  'use cache'", "  "+life)
	if isDynamic(r.segs) {
		lines = append(lines, "  const "+destructure(r.segs)+" = await params")
	}
	lines = append(lines, "  return null // TODO: your page; keep cookies(), headers() and searchParams out of cached code", "}")
	s.exports = append(s.exports, "'use cache' + "+life+" in Page")
	s.body = strings.Join(lines, "\n") + "\n"
	return s
}

func pageFunc(segs []segment) []string {
	if !isDynamic(segs) {
		return []string{"", "export default async function Page() {"}
	}
	return []string{"", "export default async function Page({ params }: PageProps<" + jsString(nextRoute(segs)) + ">) {"}
}

// dynamicSnippet is SSR under Cache Components: no config, Suspense instead.
func dynamicSnippet(path string) snippet {
	body := `import { Suspense } from 'react'

// No route config: with cacheComponents every page is dynamic by default.
// Read cookies(), headers() and uncached data inside components wrapped in <Suspense>.
export default function Page() {
  return (
    <Suspense fallback={null}>
      {/* TODO: the per-request part of the page */}
    </Suspense>
  )
}
`
	return snippet{path: path, body: body, exports: []string{"<Suspense> around per-request reads"}}
}

// clientSnippet is a page that renders a static shell and loads data in the
// browser; the App Router needs 'use client'.
func clientSnippet(path string, useClient bool) snippet {
	var b strings.Builder
	if useClient {
		b.WriteString("'use client'\n\n")
	}
	b.WriteString(`import { useEffect, useState } from 'react'

// The server sends a static shell; the data loads in the browser.
export default function Page() {
  const [data, setData] = useState<unknown>(null)
  useEffect(() => {
    fetch('/api/TODO') // TODO: the endpoint this page reads
      .then((r) => r.json())
      .then(setData)
  }, [])
  return <pre>{JSON.stringify(data, null, 2)}</pre>
}
`)
	return snippet{path: path, body: b.String(), exports: []string{"a client component that fetches in useEffect"}}
}

func nextConfigFile(j *job) File {
	var b strings.Builder
	b.WriteString(comment("//", headerLines(j.a, j.opt)...))
	b.WriteString(comment("//", "Next 16: merge into next.config.ts to turn on the Cache Components model the page snippets use."))
	b.WriteString(`import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  cacheComponents: true,
  partialPrefetching: true, // 16.4 warns when it is unset
}

export default nextConfig
`)
	return File{Path: "next.config.ts", Content: []byte(b.String())}
}

package emit

import (
	"strings"
)

var nextClassicCaveats = []string{
	"Segment config values must be literals (`600`, not `60 * 10`); the lowest `revalidate` across a route's layouts and page wins.",
	"A `fetch` with `cache: 'no-store'` or `revalidate: 0`, or a call to `cookies()`/`headers()`, makes the route dynamic whatever the page exports.",
	"Next 16 documents `dynamic`, `revalidate` and `fetchCache` only under \"Caching (Previous Model)\"; they fail the build once `cacheComponents` is on.",
	"An App Router page cannot set its own response headers: for CDN caching of a dynamic page, use `headers()` in next.config or `proxy.ts`, and check on your Next version that the header survives.",
	"A client-rendered page keeps its route static (○); only the data requests run per visitor.",
}

var nextCacheCaveats = []string{
	"Turn on `cacheComponents: true` in next.config.ts (see `next.config.ts` here).",
	"With Cache Components, `dynamic`, `revalidate`, `fetchCache` and `dynamicParams` exports fail the build, and `runtime` exports are not supported: delete them.",
	"`generateStaticParams` must return at least one entry (error `empty-generate-static-params`).",
	"`ensureStatic` needs Next 16.4 or later. `cacheLife` `expire` must be greater than `revalidate`.",
	"`'use cache'` stores entries in memory for one deployment by default; use `'use cache: remote'` or `cacheHandlers` to persist them.",
	"`revalidateTag(tag)` needs a second argument in Next 16 (`revalidateTag(tag, 'max')`); `middleware.ts` is now `proxy.ts`.",
}

var nextPagesCaveats = []string{
	"`fallback: 'blocking'` renders unlisted paths on their first request and keeps them; without `revalidate` they are never refreshed.",
	"`revalidate` must be at least 1.",
	"A `Cache-Control` set in `getServerSideProps` is what CDNs see; without one, the page is not shared-cached.",
}

func nextReadme(j *job, snips []snippet) string {
	title, dir, caveats := nextModel(j.opt)
	rows := make([]string, len(snips))
	for i, s := range snips {
		rows[i] = readmeRow(j.routes[i], s.path, strings.Join(s.exports, ", "))
	}
	intro := "Each file mirrors your `" + dir + "` directory. Paste the listed exports into the page at the same path; do not copy the files over your pages."
	return targetReadme(j, title, intro, "File", rows, caveats)
}

func nextModel(opt Options) (title, dir string, caveats []string) {
	switch {
	case opt.NextRouter == "pages":
		return "Next.js Pages Router data functions", "pages/", nextPagesCaveats
	case opt.NextCacheComponents:
		return "Next.js App Router snippets (Next 16 Cache Components)", "app/", nextCacheCaveats
	}
	return "Next.js App Router snippets (classic caching model)", "app/", nextClassicCaveats
}

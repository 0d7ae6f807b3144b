package emit

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// nuxtCaveats are the Nitro behaviours that change what a rule means.
var nuxtCaveats = []string{
	"Nuxt 3/4 (Nitro 2): paste routeRules (and nitro.prerender.routes, if present) into nuxt.config.ts.",
	"Keys use Nitro's matcher: '*' is one segment, '**' any depth. Every matching rule applies; the more specific wins.",
	"A wildcard prerender rule does not enumerate pages: Nitro seeds only keys without '*'. List the pages in",
	"nitro.prerender.routes or let crawlLinks find them.",
	"isr is CDN ISR on Vercel and Netlify only; elsewhere it behaves like swr (Nitro's cache).",
	"On Vercel and Netlify, swr rules silently become isr unless nitro.future.nativeSWR is set.",
}

func genNuxt(j *job) []File {
	var b strings.Builder
	b.WriteString(comment("//", headerLines(j.a, j.opt)...))
	b.WriteString(comment("//", nuxtCaveats...))
	b.WriteString("export default defineNuxtConfig({\n  routeRules: {\n")
	seen := map[string]string{}
	var seeds []string
	for _, r := range j.routes {
		writeNuxtRoute(&b, r, seen)
		if r.Recommendation.Strategy == rendermap.Static && isDynamic(r.segs) {
			seeds = append(seeds, nuxtSeeds(r)...)
		}
	}
	b.WriteString("  },\n")
	writeNuxtSeeds(&b, seeds)
	b.WriteString("})\n")
	return []File{{Path: "nuxt.config.routeRules.ts", Content: []byte(b.String())}}
}

func writeNuxtRoute(b *strings.Builder, r route, seen map[string]string) {
	b.WriteString(comment("    //", ruleComment(r.Route)))
	b.WriteString(comment("    //", notes(r.Route)...))
	if r.Recommendation.Strategy == rendermap.SSR && !r.Personalized.Personalized {
		b.WriteString("    // rendered per request (the default); add swr: N to cache it briefly if some staleness is fine\n")
	}
	for _, key := range nuxtKeys(r.segs) {
		if prev, dup := seen[key]; dup {
			b.WriteString(comment("    //", oneLine(fmt.Sprintf("%s: same key %s as %s; merge by hand", r.Pattern, key, prev), 300)))
			continue
		}
		seen[key] = r.Pattern
		fmt.Fprintf(b, "    %s: %s,\n", jsString(key), nuxtRule(r))
	}
}

// nuxtRule is the rule object for a route's strategy.
func nuxtRule(r route) string {
	rec := r.Recommendation
	switch rec.Strategy {
	case rendermap.Static:
		return "{ prerender: true }"
	case rendermap.ISR:
		return fmt.Sprintf("{ isr: %d }", rec.RevalidateSeconds)
	case rendermap.Client:
		return "{ ssr: false }"
	}
	if r.Personalized.Personalized {
		return "{ headers: { 'cache-control': 'private, no-store' } }"
	}
	return "{ ssr: true }"
}

// nuxtSeeds are example pages of a wildcard prerender rule.
func nuxtSeeds(r route) []string {
	var out []string
	for _, p := range exampleSeeds(r.segs, r.Examples) {
		out = append(out, fmt.Sprintf("      %s, // %s", jsString(p), oneLine("example of "+r.Pattern+": list every page", maxReason)))
	}
	if len(out) == 0 {
		out = append(out, "      // "+oneLine("no examples of "+r.Pattern+" in the audit: list its pages here", maxReason))
	}
	return out
}

func writeNuxtSeeds(b *strings.Builder, seeds []string) {
	if len(seeds) == 0 {
		return
	}
	b.WriteString("  nitro: {\n    prerender: {\n")
	b.WriteString("      // wildcard prerender rules above render only the pages listed here or found by crawlLinks\n")
	b.WriteString("      routes: [\n")
	for _, s := range seeds {
		b.WriteString("  " + s + "\n")
	}
	b.WriteString("      ],\n    },\n  },\n")
}

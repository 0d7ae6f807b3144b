package emit

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// nuxtCDNISR lists the platforms whose Nitro preset turns an isr rule into
// CDN ISR. Everywhere else (node-server, Cloudflare, any other preset)
// Nitro ignores isr, so a route meant to be regenerated gets swr, Nitro's
// own cache, which also sends s-maxage for a CDN in front.
var nuxtCDNISR = map[string]bool{"vercel": true, "netlify": true}

// nuxtUsage tells how the generated module is applied.
var nuxtUsage = []string{
	"Nuxt 3/4 (Nitro 2) route rules. Save as routeRules.ts beside nuxt.config.ts and use them there:",
	"  import routeRules, { prerenderRoutes } from './routeRules'",
	"  export default defineNuxtConfig({ routeRules, nitro: { prerender: { routes: prerenderRoutes } } })",
	"Keys use Nitro's matcher: '*' is one segment, '**' any depth. Every matching rule applies; the more specific wins.",
	"A wildcard prerender rule does not enumerate pages: Nitro seeds only keys without '*'. prerenderRoutes",
	"holds the audit's examples only: list every page there (or set nitro.prerender.crawlLinks).",
}

// nuxtPlatform says which ISR form the rules use and why.
func nuxtPlatform(j *job) (cdnISR bool, line string) {
	id, name := j.opt.Platform, j.opt.Platform
	if id == "" && j.a.Site.Platform != nil {
		id, name = j.a.Site.Platform.ID, j.a.Site.Platform.Name
	}
	if nuxtCDNISR[id] {
		return true, fmt.Sprintf("Platform %s: isr rules are %s's CDN ISR (swr rules would silently become isr here unless nitro.future.nativeSWR is set).", name, name)
	}
	if name == "" {
		name = "unknown"
	}
	return false, fmt.Sprintf("Platform %s: Nitro ignores isr outside Vercel and Netlify, so regenerated routes use swr: N (Nitro's cache, s-maxage=N for a CDN in front). On Vercel or Netlify use isr: N (config --platform vercel).", name)
}

func genNuxt(j *job) []File {
	cdnISR, platform := nuxtPlatform(j)
	var b strings.Builder
	b.WriteString(comment("//", headerLines(j.a, j.opt)...))
	b.WriteString(comment("//", nuxtUsage...))
	b.WriteString(comment("//", platform))
	b.WriteString("export default {\n")
	seen := map[string]string{}
	var seeds []string
	for _, r := range j.routes {
		writeNuxtRoute(&b, r, seen, cdnISR)
		if r.Recommendation.Strategy == rendermap.Static && isDynamic(r.segs) {
			seeds = append(seeds, nuxtSeeds(r)...)
		}
	}
	b.WriteString("}\n")
	writeNuxtSeeds(&b, seeds)
	return []File{{Path: "routeRules.ts", Content: []byte(b.String())}}
}

func writeNuxtRoute(b *strings.Builder, r route, seen map[string]string, cdnISR bool) {
	b.WriteString(comment("  //", ruleComment(r.Route)))
	b.WriteString(comment("  //", notes(r.Route)...))
	if r.Recommendation.Strategy == rendermap.SSR && !r.Personalized.Personalized {
		b.WriteString("  // rendered per request (the default); add swr: N to cache it briefly if some staleness is fine\n")
	}
	for _, key := range nuxtKeys(r.segs) {
		if prev, dup := seen[key]; dup {
			b.WriteString(comment("  //", oneLine(fmt.Sprintf("%s: same key %s as %s; merge by hand", r.Pattern, key, prev), 300)))
			continue
		}
		seen[key] = r.Pattern
		fmt.Fprintf(b, "  %s: %s,\n", jsString(key), nuxtRule(r, cdnISR))
	}
}

// nuxtRule is the rule object for a route's strategy.
func nuxtRule(r route, cdnISR bool) string {
	rec := r.Recommendation
	switch rec.Strategy {
	case rendermap.Static:
		return "{ prerender: true }"
	case rendermap.ISR:
		if cdnISR {
			return fmt.Sprintf("{ isr: %d }", rec.RevalidateSeconds)
		}
		return fmt.Sprintf("{ swr: %d }", rec.RevalidateSeconds)
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
		out = append(out, fmt.Sprintf("  %s, // %s", jsString(p), oneLine("example of "+r.Pattern+": list every page", maxReason)))
	}
	if len(out) == 0 {
		out = append(out, "  // "+oneLine("no examples of "+r.Pattern+" in the audit: list its pages here", maxReason))
	}
	return out
}

// writeNuxtSeeds writes the prerenderRoutes export (always, so the import
// in the usage line works).
func writeNuxtSeeds(b *strings.Builder, seeds []string) {
	b.WriteString("\n// Pages for nitro.prerender.routes: wildcard prerender rules above render only the pages listed here\n")
	b.WriteString("// or found by crawlLinks.\nexport const prerenderRoutes: string[] = [\n")
	for _, s := range seeds {
		b.WriteString(s + "\n")
	}
	b.WriteString("]\n")
}

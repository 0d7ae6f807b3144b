package advise

import (
	"sort"

	"github.com/rendermap/rendermap"
)

// stats builds a Stats with n samples around p50.
func stats(n int, p50 float64) rendermap.Stats {
	if n == 0 {
		return rendermap.Stats{}
	}
	return rendermap.Stats{N: n, P50: p50, P95: p50 * 1.5, Min: p50 * 0.8, Max: p50 * 2, CI95: []float64{p50 * 0.9, p50 * 1.1}}
}

func sharedCache(sMaxAge int64, swr int64) rendermap.Cache {
	return rendermap.Cache{Verdict: "shared", StorableShared: true, StorablePrivate: true, FreshnessSeconds: sMaxAge,
		FreshnessSource: "s-maxage", StaleWhileRevalidateSeconds: swr,
		CacheControl: "public, s-maxage=" + itoa(sMaxAge)}
}

func itoa(n int64) string {
	return num(float64(n))
}

var privateCache = rendermap.Cache{Verdict: "private", StorablePrivate: false, CacheControl: "private, no-store"}

// route builds a demo-shaped route; server and ttfb in ms.
func route(pattern string, pages int, src string, server float64, cache rendermap.Cache, cur rendermap.Strategy) rendermap.Route {
	r := rendermap.Route{Discovery: rendermap.Discovery{Pattern: pattern, Pages: pages, PagesSource: src, InSitemap: src == "sitemap"},
		Evidence: rendermap.Evidence{URLsSampled: 3}}
	r.Server = stats(15, server)
	r.TTFB = stats(15, server+0.5)
	r.Cache = cache
	r.Current = rendermap.Current{Strategy: cur, Evidence: []string{"Cache-Control: " + cache.CacheControl}}
	if cur == rendermap.ISR {
		r.Current.RevalidateSeconds = cache.FreshnessSeconds
	}
	r.Volatility = rendermap.Volatility{Source: "none"}
	return r
}

func lastmod(r rendermap.Route, perDay float64) rendermap.Route {
	r.Volatility = rendermap.Volatility{Source: "lastmod", ChangesPerDay: perDay, ChangesPerDayCI: []float64{perDay / 2, perDay * 2}}
	return r
}

func rechecked(r rendermap.Route, changed, of int, perDay float64) rendermap.Route {
	r.Volatility = rendermap.Volatility{Source: "recheck", ChangedOnRecheck: changed, Rechecked: of, ChangesPerDay: perDay}
	return r
}

// combined sets a change rate with its interval from several sources.
func combined(r rendermap.Route, perDay, lo, hi float64) rendermap.Route {
	r.Volatility = rendermap.Volatility{Source: "combined", Sources: []string{"recheck", "lastmod"}, Rechecked: 1,
		ChangesPerDay: perDay, ChangesPerDayCI: []float64{lo, hi}}
	return r
}

// revalidated is Vercel's and Netlify's browser header for cached HTML.
var revalidated = rendermap.Cache{Verdict: "shared", StorableShared: true, StorablePrivate: true,
	FreshnessSource: "max-age", CacheControl: "public, max-age=0, must-revalidate"}

// edge puts a CDN in front of r: its provider and statuses.
func edge(r rendermap.Route, provider string, statuses map[string]int) rendermap.Route {
	r.CDN = rendermap.CDN{Provider: provider, Statuses: statuses}
	return r
}

// evidenceRoutes are the routes the demo gained for the evidence cases,
// shaped like measure's output on them.
func evidenceRoutes(static rendermap.Cache) []rendermap.Route {
	gift := combined(route("/gift-cards", 1, "sitemap", 0.1, static, rendermap.Static), 0.0083, 0.0014, 0.026)
	gift.Personalized = rendermap.Personalization{Personalized: true, DiffFraction: 0.082, Where: []string{"#greeting"}}
	gift.ClientRender = rendermap.ClientRender{ScriptOnlyFraction: 0.013,
		DataRequests: []rendermap.DataRequest{{URL: "http://127.0.0.1/api/greeting", Status: 200, DurationMS: 8, ServerMS: 0.1, Private: true}}}
	look := combined(route("/lookbook", 1, "sitemap", 0.2, revalidated, rendermap.ISR), 688, 8.2, 630)
	look.Current.RevalidateSeconds = 5
	stores := combined(route("/stores", 1, "sitemap", 21, privateCache, rendermap.SSR), 0.0083, 0.0005, 0.037)
	stores.Volatility.TokenChurnPages = 1
	return []rendermap.Route{
		combined(route("/deals", 1, "sitemap", 21, privateCache, rendermap.SSR), 1641, 271, 5161),
		edge(combined(route("/events", 1, "sitemap", 36, sharedCache(3600, 0), rendermap.SSR), 0.296, 0.017, 1.3),
			"cloudflare", map[string]int{"DYNAMIC": 9}),
		gift,
		edge(look, "vercel", map[string]int{"HIT": 7, "STALE": 2}),
		edge(combined(route("/outlet", 1, "sitemap", 0.04, revalidated, rendermap.Static), 0.0083, 0.0005, 0.037),
			"netlify", map[string]int{"HIT": 8, "MISS": 1}),
		combined(route("/shipping", 1, "sitemap", 21, privateCache, rendermap.SSR), 0.0083, 0.0005, 0.037),
		stores,
	}
}

// demoAudit is shaped like the audit measure produces on the demo site.
func demoAudit() *rendermap.Audit {
	static := sharedCache(31536000, 0)
	search := route("/search", 3, "discovery", 25, privateCache, rendermap.SSR)
	search.QueryKeys = []string{"q"}
	account := route("/account", 1, "discovery", 15, privateCache, rendermap.SSR)
	account.Cache.Vary, account.Cache.SetCookie = "Cookie", true
	account.Personalized = rendermap.Personalization{Personalized: true, DiffFraction: 0.55, Where: []string{"main"}, Signals: []string{"Vary: Cookie", "Set-Cookie"}}
	account.Cache.Notes = []rendermap.Note{{Severity: "info", Code: "noindex", Message: "The page is marked noindex."}}
	dash := route("/dashboard", 1, "discovery", 1, static, rendermap.Static)
	dash.ClientRender = rendermap.ClientRender{ScriptOnlyFraction: 0.85, EmptyMounts: []string{"#app"},
		DataRequests: []rendermap.DataRequest{{URL: "http://127.0.0.1/api/dashboard", Status: 200, DurationMS: 12, ServerMS: 21, Private: true}}}
	dash.Volatility = rendermap.Volatility{Source: "recheck", Subject: "data", Rechecked: 1, ChangedOnRecheck: 1,
		ChangesPerDay: 3975, ChangesPerDayCI: []float64{217, 20790}}
	a := &rendermap.Audit{
		Schema:   rendermap.SchemaVersion,
		Site:     rendermap.Site{Origin: "http://127.0.0.1:8080"},
		Settings: rendermap.Settings{RecheckSeconds: 20, Samples: 5},
		Complete: true,
		Routes: []rendermap.Route{
			lastmod(route("/", 1, "sitemap", 1, static, rendermap.Static), 0.002),
			lastmod(route("/about", 1, "sitemap", 1, static, rendermap.Static), 0.002),
			account,
			lastmod(route("/blog", 1, "sitemap", 1, static, rendermap.Static), 0.003),
			lastmod(route("/blog/[slug]", 120, "sitemap", 1, static, rendermap.Static), 0.005),
			rechecked(route("/category/[slug]", 12, "sitemap", 30, sharedCache(300, 60), rendermap.ISR), 3, 3, 4320),
			dash,
			rechecked(route("/products/[id]", 2000, "sitemap", 40, privateCache, rendermap.SSR), 3, 3, 5760),
			search,
		},
		Warnings: []rendermap.Warning{},
	}
	a.Routes = append(a.Routes, evidenceRoutes(static)...)
	sort.Slice(a.Routes, func(i, j int) bool { return a.Routes[i].Pattern < a.Routes[j].Pattern })
	return a
}

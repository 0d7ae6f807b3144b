package advise

import (
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
	r := rendermap.Route{Pattern: pattern, Pages: pages, PagesSource: src, InSitemap: src == "sitemap", URLsSampled: 3}
	r.Server = stats(15, server)
	r.TTFB = stats(15, server+0.5)
	r.Cache = cache
	r.Current = rendermap.Current{Strategy: cur, Evidence: []string{"Cache-Control: " + cache.CacheControl}}
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
		DataRequests: []rendermap.DataRequest{{URL: "http://127.0.0.1/api/dashboard", Status: 200, DurationMS: 12}}}
	return &rendermap.Audit{
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
}

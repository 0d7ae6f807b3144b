package testkit_test

import (
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// The sample audit (testdata/audit.json, see testkit.SampleAudit) is written
// by this test from the specs below; go test ./internal/testkit -update
// rewrites it.
//
// The figures are invented but shaped like an audit of the demo site by the
// current advise: every change records what it buys visitors (gain), every
// alternative the dimension that decided against it. The routes cover what
// a review trips over: a change that costs compute (/about, /dashboard), a
// route whose tight budget rules static out (/news, 30 s, below the build
// overhead), a static page whose only requests are navigation prefetches
// (/blog), and a title with markup.

// Secret is the planted credential the tests pass in report.Options.Secrets.
const Secret = testkit.PlantedSecret

const origin = "https://shop.example"

// The audience model: round trips near the origin, an ocean away, to the edge.
const (
	nearRTT, farRTT, edgeRTT = 20.0, 150.0, 20.0
	overhead                 = 45.0
)

type spec struct {
	pattern          string
	pages            int
	source           string
	lower, inSitemap bool
	ttfb, server     float64
	verdict, cc      string
	fresh            int64
	freshSrc         string
	current          rendermap.Strategy
	curReval         int64
	personal         bool
	diff, scriptOnly float64
	changes          float64
	rec              rendermap.Strategy
	reval            int64
	hit              float64 // isr hit ratio
	confidence       string
	island           bool
	visits, budget   float64
	costs            map[rendermap.Strategy]float64
	infeasible       map[rendermap.Strategy]string
	examples         []string
	title            string
	decision         string
	breakEven        []rendermap.BreakEven
	provider         string
	dataRequest      bool
	navRequests      int
	privateData      bool
	grouping         *rendermap.Grouping
	clock            string
	tokenChurn       int
	upperBound       bool
	confidenceWhy    string
	budgetSource     string
	visitsSource     string
}

// TestSampleAudit generates the sample audit and compares it with
// testdata/audit.json, which the tests of other packages read.
func TestSampleAudit(t *testing.T) {
	a := &rendermap.Audit{
		Schema: rendermap.SchemaVersion,
		Tool:   rendermap.Tool{Name: "rendermap", Version: "0.1.0-test"},
		Site: rendermap.Site{Origin: origin, RobotsTxt: true, Sitemaps: []string{origin + "/sitemap.xml"}, URLsDiscovered: 2195,
			Framework: &rendermap.Detection{ID: "next-app", Name: "Next.js (App Router)", Routes: 9, Evidence: []string{"page contains self.__next_f"}},
			Platform:  &rendermap.Detection{ID: "vercel", Name: "Vercel", Routes: 10, Evidence: []string{"x-vercel-cache: HIT"}}},
		Settings:   rendermap.Settings{Samples: 6, URLsPerPattern: 3, Seed: 1, Concurrency: 2, RecheckSeconds: 20, MaxURLs: 5000, UserAgent: "rendermap/0.1"},
		StartedAt:  "2026-11-20T10:00:00Z",
		FinishedAt: "2026-11-20T10:04:31Z",
		Complete:   true,
		Warnings: []rendermap.Warning{
			{Source: "sitemap", URL: origin + "/sitemap-old.xml", Message: "The sitemap returned 404 and was skipped."},
		},
		Model: model(),
	}
	for i, s := range specs() {
		a.Routes = append(a.Routes, route(i, s))
	}
	data, err := rendermap.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	testkit.Golden(t, "testdata/audit.json", data)
}

// candidatePages counts the pages that could be pre-rendered (all but
// /account and /search).
const candidatePages = 2176

func build(pages int) float64 { return overhead + float64(pages)*0.031/4 }

func model() *rendermap.ModelSummary {
	var curve []rendermap.BuildPoint
	for _, n := range []int{100, 1000, candidatePages, 10000, 50000, 100000, 1000000} {
		curve = append(curve, rendermap.BuildPoint{Pages: float64(n), BuildSeconds: build(n), ThisSite: n == candidatePages})
	}
	return &rendermap.ModelSummary{
		Assumptions: []string{
			"Visits per day default to 10 per page because no traffic file was given.",
			"Build time per page defaults to the measured server render time.",
			"Builds run on 4 workers with 45 s fixed overhead.",
			"The freshness budget defaults to 10 minutes for every pattern without one in rendermap.yaml.",
		},
		StaticBuildSeconds: build(candidatePages), TightestBudgetSeconds: 30, StaticCandidatePages: candidatePages,
		BuildSecondsPerPage: 0.031, BuildWorkers: 4, BuildOverheadSeconds: overhead, MaxPagesWithinBudget: 0, Curve: curve,
		Verdict:              "pre-rendering all 2,176 static-candidate pages takes 61.9 s, longer than the tightest freshness budget of 30 s (/news); the budget holds up to 0 pages",
		ComputeSecondsPerDay: 611,
	}
}

func costs(st, isr, ssr, cl float64) map[rendermap.Strategy]float64 {
	return map[rendermap.Strategy]float64{rendermap.Static: st, rendermap.ISR: isr, rendermap.SSR: ssr, rendermap.Client: cl}
}

const (
	staticDecision = "static: pre-rendered at build and served from the edge; nothing rules it out and nothing further from the edge costs materially less"
	indexable      = "infeasible: search engines should see this page (in the sitemap, not noindex), and client rendering hides its content from crawlers and delays first contentful paint"
	personalized   = "infeasible: the whole page is personalized (62% of its text differs between sessions), so one shared copy cannot serve every visitor"
)

func specs() []spec {
	return []spec{
		{pattern: "/", pages: 1, source: "sitemap", inSitemap: true, ttfb: 12, server: 1.1, verdict: "shared", cc: "public, s-maxage=31536000", fresh: 31536000, freshSrc: "s-maxage", current: rendermap.Static, rec: rendermap.Static, confidence: "high", visits: 5000, budget: 600, costs: costs(0.002, 0.6, 5.5, 0.9), infeasible: map[rendermap.Strategy]string{rendermap.Client: indexable}, examples: []string{origin + "/"}, title: "Demo Shop", decision: staticDecision, provider: "vercel", upperBound: true},
		{pattern: "/about", pages: 1, source: "sitemap", inSitemap: true, ttfb: 19, server: 6.5, verdict: "private", cc: "no-cache, private", freshSrc: "none", current: rendermap.SSR, rec: rendermap.Static, confidence: "high", visits: 40, budget: 600, costs: costs(0.75, 0.04, 0.26, 0.26), infeasible: map[rendermap.Strategy]string{rendermap.Client: indexable}, examples: []string{origin + "/about"}, title: "About us", decision: staticDecision, upperBound: true},
		{pattern: "/account", pages: 1, source: "discovery", ttfb: 24, server: 15, verdict: "none", cc: "private, no-store", freshSrc: "none", current: rendermap.SSR, rec: rendermap.SSR, confidence: "high", personal: true, diff: 0.62, visits: 300, budget: 600, costs: costs(0.01, 4.5, 4.5, 3.1), examples: []string{origin + "/account"}, title: "Your account",
			decision:   "ssr is the strategy closest to the edge that this content allows (rendered at the origin on every view): static is ruled out because the whole page is personalized (62% of its text differs between sessions), so one shared copy cannot serve every visitor",
			infeasible: map[rendermap.Strategy]string{rendermap.Static: personalized, rendermap.ISR: personalized}},
		{pattern: "/blog", pages: 1, source: "sitemap", inSitemap: true, ttfb: 13, server: 1.2, verdict: "shared", cc: "public, s-maxage=31536000", fresh: 31536000, freshSrc: "s-maxage", current: rendermap.Static, rec: rendermap.Static, confidence: "high", visits: 200, budget: 600, costs: costs(0.002, 0.3, 0.24, 0.25), infeasible: map[rendermap.Strategy]string{rendermap.Client: indexable}, examples: []string{origin + "/blog"}, title: "Blog", decision: staticDecision, navRequests: 12, upperBound: true},
		{pattern: "/blog/[slug]", pages: 120, source: "sitemap", inSitemap: true, ttfb: 14, server: 1.3, verdict: "shared", cc: "public, s-maxage=31536000", fresh: 31536000, freshSrc: "s-maxage", current: rendermap.Static, rec: rendermap.Static, confidence: "high", changes: 0.005, visits: 1200, budget: 600, costs: costs(0.04, 2.6, 1.6, 1.9), infeasible: map[rendermap.Strategy]string{rendermap.Client: indexable}, examples: []string{origin + "/blog/hello-world", origin + "/blog/release-notes"}, title: `Hello <script>window.__pwned=1;alert(1)</script> world`, decision: staticDecision,
			grouping:  &rendermap.Grouping{By: "template", Confidence: "high", Evidence: "3 rendered pages share one template", PagesCompared: 3, Templates: 1},
			breakEven: []rendermap.BreakEven{{Variable: "pages", Value: 71612, Message: "Static stops fitting the 10-minute freshness budget above 71,612 pages at current build speed."}}},
		{pattern: "/category/[slug]", pages: 12, source: "sitemap", inSitemap: true, ttfb: 41, server: 31, verdict: "shared", cc: "public, s-maxage=300, stale-while-revalidate=60", fresh: 300, freshSrc: "s-maxage", current: rendermap.ISR, curReval: 300, rec: rendermap.ISR, reval: 300, hit: 0.62, confidence: "medium", changes: 5760, visits: 600, budget: 600, costs: costs(2150, 124, 18.6, 9.4), examples: []string{origin + "/category/lamps", origin + "/category/tables"}, title: "Lamps | Demo Shop", tokenChurn: 1,
			decision:      "isr is the strategy closest to the edge that this content allows (served from the edge and regenerated at most every 5 min (62% of views hit the cache)): static is ruled out because up to 11,520 content changes a day would need more than 24 deploys",
			confidenceWhy: "confidence medium: the choice flips at a tenth of the assumed visits (60 a day)",
			infeasible:    map[rendermap.Strategy]string{rendermap.Static: "infeasible: up to 11,520 content changes a day would need more than 24 deploys, so a change could wait 61 min for a build, longer than the 10 min freshness budget", rendermap.Client: indexable},
			breakEven:     []rendermap.BreakEven{{Variable: "visits_per_page_per_window", Value: 3, Message: "ISR beats SSR above 3 visits per page per revalidate window."}}},
		{pattern: "/dashboard", pages: 1, source: "discovery", ttfb: 10, server: 0.8, verdict: "shared", cc: "public, max-age=60", fresh: 60, freshSrc: "max-age", current: rendermap.Static, rec: rendermap.Client, confidence: "high", scriptOnly: 0.86, visits: 150, budget: 600, costs: costs(0.001, 0.1, 0.12, 1.1), examples: []string{origin + "/dashboard"}, title: "Dashboard", dataRequest: true, privateData: true,
			decision:   "client is the strategy closest to the edge that this content allows (a shell from the edge, with the data fetched from the origin on every view): static is ruled out because its data is answered per visitor (/api/dashboard is private)",
			infeasible: map[rendermap.Strategy]string{rendermap.Static: "infeasible: the page's data is answered per visitor (/api/dashboard is private), so a pre-rendered copy would show one visitor's data to all", rendermap.ISR: "infeasible: the page's data is answered per visitor (/api/dashboard is private)"}},
		{pattern: "/news", pages: 40, source: "sitemap", inSitemap: true, ttfb: 16, server: 5, verdict: "private", cc: "private, no-cache", freshSrc: "none", current: rendermap.SSR, rec: rendermap.ISR, reval: 25, hit: 0.014, confidence: "high", changes: 288, visits: 2000, budget: 30, budgetSource: "config", costs: costs(12.1, 9.86, 10, 10), examples: []string{origin + "/news/1", origin + "/news/2"}, title: "News",
			decision:   "isr is the strategy closest to the edge that this content allows (served from the edge and regenerated at most every 25 s (1% of views hit the cache)): static is ruled out because a build takes 45 s, longer than the 30 s freshness budget",
			infeasible: map[rendermap.Strategy]string{rendermap.Static: "infeasible: a build takes 45 s, longer than the 30 s freshness budget", rendermap.Client: indexable}},
		{pattern: "/products/[id]", pages: 2000, source: "sitemap", inSitemap: true, ttfb: 58, server: 40, verdict: "private", cc: "private, no-store", freshSrc: "none", current: rendermap.SSR, rec: rendermap.ISR, reval: 540, hit: 0.29, confidence: "medium", island: true, changes: 5760, visits: 20000, budget: 600, costs: costs(1.8e6, 567, 800, 800), examples: []string{origin + "/products/1", origin + "/products/2", origin + "/products/3"}, title: "Oak table — Demo Shop", provider: "vercel", clock: "shared",
			decision:      "isr is the strategy closest to the edge that this content allows (served from the edge and regenerated at most every 9 min (29% of views hit the cache)): static is ruled out because up to 12,000 content changes a day would need more than 24 deploys",
			confidenceWhy: "confidence medium: the choice flips within the measured interval of the render time (61 ms)",
			infeasible:    map[rendermap.Strategy]string{rendermap.Static: "infeasible: up to 12,000 content changes a day would need more than 24 deploys, so a change could wait 61 min for a build, longer than the 10 min freshness budget", rendermap.Client: indexable},
			grouping:      &rendermap.Grouping{By: "framework", Confidence: "high", Evidence: "the page's route data names app/products/[id]"},
			breakEven:     []rendermap.BreakEven{{Variable: "visits_per_page_per_window", Value: 1, Message: "ISR stops beating SSR below 1 visit per page per 9m window."}, {Variable: "changes_per_day", Value: 0.3, Message: "Static would win below 0.3 changes per page per day."}}},
		{pattern: "/search", pages: 3, source: "discovery", lower: true, ttfb: 36, server: 25, verdict: "private", cc: "private, no-store", freshSrc: "none", current: rendermap.SSR, rec: rendermap.SSR, confidence: "low", visits: 800, budget: 600, costs: costs(400, 22, 20, 20), examples: []string{origin + "/search?q=lamp", origin + "/search?q=oak", origin + "/search?q=table"}, title: "Search results",
			decision:      "ssr is the strategy closest to the edge that this content allows (rendered at the origin on every view): static is ruled out because the URL space is open (query-keyed, not in a sitemap), so pages cannot be enumerated at build time",
			confidenceWhy: "confidence low: no URL of the pattern was measured successfully, so the render time is a default",
			infeasible:    map[rendermap.Strategy]string{rendermap.Static: "infeasible: the URL space is open (query-keyed, not in a sitemap), so pages cannot be enumerated at build time", rendermap.ISR: "infeasible: every view is of a new URL, so a regenerated copy is never reused"}},
	}
}

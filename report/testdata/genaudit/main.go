// Command genaudit writes the rich sample audit used by the report tests:
//
//	go run ./report/testdata/genaudit > report/testdata/audit.json
//
// The figures are invented but shaped like an audit of the demo site.
package main

import (
	"fmt"
	"math"
	"os"

	"github.com/rendermap/rendermap"
)

// Secret is the planted credential the tests pass in report.Options.Secrets.
const Secret = "s3cr3t-TOKEN-4242"

const origin = "https://shop.example"

type spec struct {
	pattern     string
	pages       int
	source      string
	lower       bool
	inSitemap   bool
	ttfb        float64
	server      float64
	verdict     string
	cc          string
	fresh       int64
	freshSrc    string
	current     rendermap.Strategy
	curReval    int64
	personal    bool
	diff        float64
	scriptOnly  float64
	changes     float64
	rec         rendermap.Strategy
	reval       int64
	confidence  string
	island      bool
	visits      float64
	costs       map[rendermap.Strategy]float64
	examples    []string
	title       string
	reasons     []string
	infeasible  map[rendermap.Strategy]string
	breakEven   []rendermap.BreakEven
	provider    string
	dataRequest bool
}

func main() {
	a := &rendermap.Audit{
		Schema:     rendermap.SchemaVersion,
		Tool:       rendermap.Tool{Name: "rendermap", Version: "0.1.0-test"},
		Site:       rendermap.Site{Origin: origin, RobotsTxt: true, Sitemaps: []string{origin + "/sitemap.xml"}, URLsDiscovered: 2141},
		Settings:   rendermap.Settings{Samples: 6, URLsPerPattern: 3, Seed: 1, Concurrency: 2, RecheckSeconds: 20, MaxURLs: 5000, UserAgent: "rendermap/0.1"},
		StartedAt:  "2026-11-20T10:00:00Z",
		FinishedAt: "2026-11-20T10:04:31Z",
		Complete:   true,
		Warnings: []rendermap.Warning{
			{Source: "sitemap", URL: origin + "/sitemap-old.xml", Message: "The sitemap returned 404 and was skipped."},
		},
		Model: &rendermap.ModelSummary{
			Assumptions: []string{
				"Visits per day default to 10 per page because no traffic file was given.",
				"Build time per page defaults to the measured server render time.",
				"Builds run on 4 workers with 45 s fixed overhead.",
				"The freshness budget defaults to 10 minutes for every pattern.",
			},
			StaticBuildSeconds:    build(candidatePages),
			TightestBudgetSeconds: 600,
			StaticCandidatePages:  candidatePages,
			BuildSecondsPerPage:   0.031,
			BuildWorkers:          4,
			BuildOverheadSeconds:  45,
			MaxPagesWithinBudget:  (600 - 45) / (0.031 / 4),
			Curve:                 curve(),
			Verdict:               "A full static build of 2,136 pages takes 1m02s, inside the 10m freshness budget; it would stop fitting above 71,612 pages.",
			ComputeSecondsPerDay:  6540,
		},
	}
	for i, s := range specs() {
		a.Routes = append(a.Routes, route(i, s))
	}
	data, err := rendermap.Encode(a)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.Write(data)
}

// candidatePages counts the pages that could be pre-rendered (all but
// /account and /search).
const candidatePages = 2136

func build(pages int) float64 { return 45 + float64(pages)*0.031/4 }

func curve() []rendermap.BuildPoint {
	var out []rendermap.BuildPoint
	for _, n := range []int{100, 1000, candidatePages, 10000, 50000, 100000, 1000000} {
		out = append(out, rendermap.BuildPoint{Pages: float64(n), BuildSeconds: build(n), ThisSite: n == candidatePages})
	}
	return out
}

func costs(st, isr, ssr, cl float64) map[rendermap.Strategy]float64 {
	return map[rendermap.Strategy]float64{rendermap.Static: st, rendermap.ISR: isr, rendermap.SSR: ssr, rendermap.Client: cl}
}

func specs() []spec {
	staticReasons := []string{
		"The document is stored by shared caches for a year (Cache-Control: s-maxage=31536000) and no sampled page changed on re-fetch.",
		"A full static build takes 1m01s, well inside the 10m freshness budget.",
	}
	return []spec{
		{pattern: "/", pages: 1, source: "sitemap", inSitemap: true, ttfb: 12, server: 1.1, verdict: "shared", cc: "public, s-maxage=31536000", fresh: 31536000, freshSrc: "s-maxage", current: rendermap.Static, rec: rendermap.Static, confidence: "high", visits: 5000, costs: costs(0.002, 0.6, 5.5, 0.9), examples: []string{origin + "/"}, title: "Demo Shop", reasons: staticReasons, provider: "cloudflare"},
		{pattern: "/about", pages: 1, source: "sitemap", inSitemap: true, ttfb: 19, server: 6.5, verdict: "private", cc: "no-cache, private", freshSrc: "none", current: rendermap.SSR, rec: rendermap.Static, confidence: "high", visits: 40, costs: costs(0.001, 0.04, 0.036, 0.05), examples: []string{origin + "/about"}, title: "About us", reasons: []string{"The page never changed on re-fetch and is the same for every visitor, yet it is rendered on every request (Cache-Control: no-cache, private).", "A static build of one page takes 45s and fits the 10m budget."}},
		{pattern: "/account", pages: 1, source: "discovery", ttfb: 24, server: 15, verdict: "none", cc: "private, no-store", freshSrc: "none", current: rendermap.SSR, rec: rendermap.SSR, confidence: "high", personal: true, diff: 0.62, visits: 300, costs: costs(0.01, 4.5, 4.5, 3.1), examples: []string{origin + "/account"}, title: "Your account",
			reasons:    []string{"62% of the visible text differs between two anonymous sessions (main > section.orders), so no shared cache can serve it.", "The response sets a cookie and varies on Cookie."},
			infeasible: map[rendermap.Strategy]string{rendermap.Static: "The whole page is personalized, so one pre-rendered copy cannot serve every visitor.", rendermap.ISR: "The whole page is personalized, so a shared regenerated copy cannot serve every visitor."}},
		{pattern: "/blog", pages: 1, source: "sitemap", inSitemap: true, ttfb: 13, server: 1.2, verdict: "shared", cc: "public, s-maxage=31536000", fresh: 31536000, freshSrc: "s-maxage", current: rendermap.Static, rec: rendermap.Static, confidence: "high", visits: 200, costs: costs(0.002, 0.3, 0.24, 0.25), examples: []string{origin + "/blog"}, title: "Blog", reasons: staticReasons},
		{pattern: "/blog/[slug]", pages: 120, source: "sitemap", inSitemap: true, ttfb: 14, server: 1.3, verdict: "shared", cc: "public, s-maxage=31536000", fresh: 31536000, freshSrc: "s-maxage", current: rendermap.Static, rec: rendermap.Static, confidence: "high", changes: 0.005, visits: 1200, costs: costs(0.04, 2.6, 1.6, 1.9), examples: []string{origin + "/blog/hello-world", origin + "/blog/release-notes"}, title: `Hello <script>window.__pwned=1;alert(1)</script> world`, reasons: staticReasons,
			breakEven: []rendermap.BreakEven{{Variable: "pages", Value: 41000, Message: "Static stops fitting the 10-minute freshness budget above 41,000 pages at current build speed."}}},
		{pattern: "/category/[slug]", pages: 12, source: "sitemap", inSitemap: true, ttfb: 41, server: 31, verdict: "shared", cc: "public, s-maxage=300, stale-while-revalidate=60", fresh: 300, freshSrc: "s-maxage", current: rendermap.ISR, curReval: 300, rec: rendermap.ISR, reval: 300, confidence: "medium", changes: 5760, visits: 600, costs: costs(2150, 124, 18.6, 9.4), examples: []string{origin + "/category/lamps", origin + "/category/tables"}, title: "Lamps | Demo Shop",
			reasons:    []string{"Every sampled page changed on a 20 s re-fetch (prices move every 15 s), so static rebuilds would run all day.", "A 5m revalidate interval keeps staleness inside the 10m budget at 124 compute-seconds per day."},
			infeasible: map[rendermap.Strategy]string{rendermap.Static: "Rebuilding 5,760 times a day takes longer than the day has."},
			breakEven:  []rendermap.BreakEven{{Variable: "visits_per_page_per_window", Value: 3, Message: "ISR beats SSR above 3 visits per page per revalidate window."}}},
		{pattern: "/dashboard", pages: 1, source: "discovery", ttfb: 10, server: 0.8, verdict: "shared", cc: "public, max-age=60", fresh: 60, freshSrc: "max-age", current: rendermap.Client, rec: rendermap.Client, confidence: "high", scriptOnly: 0.86, visits: 150, costs: costs(0.001, 0.1, 0.12, 0.9), examples: []string{origin + "/dashboard"}, title: "Dashboard", dataRequest: true,
			reasons: []string{"86% of the visible text exists only after scripts run (#app was empty in the raw HTML) and the data comes from /api/dashboard.", "The page is noindex, so client rendering costs nothing in search."}},
		{pattern: "/products/[id]", pages: 2000, source: "sitemap", inSitemap: true, ttfb: 58, server: 40, verdict: "private", cc: "private, no-store", freshSrc: "none", current: rendermap.SSR, rec: rendermap.ISR, reval: 540, confidence: "medium", island: true, changes: 5760, visits: 20000, costs: costs(1.8e6, 6400, 80000, 21000), examples: []string{origin + "/products/1", origin + "/products/2", origin + "/products/3"}, title: "Oak table — Demo Shop", provider: "cloudflare",
			reasons:    []string{"Pages change about 5,760 times a day (lastmod minutes old), so a static rebuild per change costs 1.8M compute-seconds a day.", "A 9m revalidate interval meets the 10m freshness budget and cuts render work from 80,000 to 6,400 compute-seconds a day.", "Only the cart count differs between sessions; render it as a client island."},
			infeasible: map[rendermap.Strategy]string{rendermap.Static: "A full build takes 1m01s and is needed 5,760 times a day."},
			breakEven:  []rendermap.BreakEven{{Variable: "visits_per_page_per_window", Value: 1, Message: "ISR stops beating SSR below 1 visit per page per 9m window."}, {Variable: "changes_per_day", Value: 0.3, Message: "Static would win below 0.3 changes per page per day."}}},
		{pattern: "/search", pages: 3, source: "discovery", lower: true, ttfb: 36, server: 25, verdict: "private", cc: "private, no-store", freshSrc: "none", current: rendermap.SSR, rec: rendermap.SSR, confidence: "low", visits: 800, costs: costs(400, 22, 20, 14), examples: []string{origin + "/search?q=lamp", origin + "/search?q=oak", origin + "/search?q=table"}, title: "Search results",
			reasons:    []string{"The URL space is unbounded (query q) with about one visit per distinct URL, so a shared cache would almost never hit.", "The page is indexable, which penalizes client rendering."},
			infeasible: map[rendermap.Strategy]string{rendermap.Static: "The set of search URLs cannot be enumerated at build time."}},
	}
}

// rng is a tiny deterministic generator so the sample never changes.
type rng uint64

func (r *rng) next() float64 {
	*r = *r*6364136223846793005 + 1442695040888963407
	return float64(uint64(*r)>>11) / float64(1<<53)
}

func samples(seed int, center float64, n int) []float64 {
	r := rng(seed + 1)
	out := make([]float64, n)
	for i := range out {
		// log-normal-ish spread around center, one decimal place
		v := center * math.Exp(0.35*(r.next()+r.next()+r.next()-1.5))
		out[i] = math.Round(v*10) / 10
	}
	return out
}

func stats(xs []float64) rendermap.Stats {
	s := append([]float64(nil), xs...)
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	q := func(p float64) float64 { return s[int(math.Round(p*float64(len(s)-1)))] }
	return rendermap.Stats{N: len(s), P50: q(0.5), P95: q(0.95), Min: s[0], Max: s[len(s)-1], CI95: []float64{q(0.4), q(0.6)}, Samples: xs}
}

func route(i int, s spec) rendermap.Route {
	ttfb := samples(i*7, s.ttfb, 18)
	server := samples(i*7+3, s.server, 18)
	r := rendermap.Route{
		Pattern: s.pattern, Pages: s.pages, PagesSource: s.source, PagesLowerBound: s.lower,
		Examples: s.examples, InSitemap: s.inSitemap, URLsSampled: len(s.examples),
	}
	if s.pattern == "/search" {
		r.QueryKeys = []string{"q"}
	}
	for _, u := range s.examples {
		r.Sample = append(r.Sample, rendermap.SampleURL{URL: u})
	}
	r.TTFB, r.Server = stats(ttfb), stats(server)
	r.Cache = cache(s)
	r.CDN = cdn(s, ttfb)
	r.Personalized = personal(s)
	r.Volatility = volatility(s)
	r.ClientRender = clientRender(s)
	r.Current = rendermap.Current{Strategy: s.current, RevalidateSeconds: s.curReval, Evidence: []string{"Cache-Control: " + s.cc}}
	r.Evidence.Pages = pages(s, ttfb, server)
	r.Inputs = inputs(s)
	r.Recommendation = rendermap.Recommendation{Strategy: s.rec, RevalidateSeconds: s.reval, Confidence: s.confidence, ClientIsland: s.island, Reasons: s.reasons}
	r.Alternatives = alternatives(s)
	r.BreakEven = s.breakEven
	return r
}

func cache(s spec) rendermap.Cache {
	c := rendermap.Cache{Verdict: s.verdict, StorableShared: s.verdict == "shared", StorablePrivate: s.verdict != "none",
		FreshnessSeconds: s.fresh, FreshnessSource: s.freshSrc, CacheControl: s.cc, Validators: "etag-304"}
	switch s.verdict {
	case "shared":
		c.Notes = []rendermap.Note{{Severity: "info", Code: "shared-cacheable", Message: "A shared cache may store the document."}}
	case "private":
		c.Validators = ""
		c.Notes = []rendermap.Note{{Severity: "warn", Code: "no-store", Message: "Cache-Control: no-store forbids every cache from storing the document."}}
	default:
		c.Vary, c.SetCookie, c.Validators = "Cookie", true, ""
		c.Notes = []rendermap.Note{
			{Severity: "warn", Code: "set-cookie-on-html", Message: "The document sets a cookie, so shared caches must not store it."},
			{Severity: "info", Code: "vary-cookie", Message: "Vary: Cookie splits the cache per visitor."},
		}
	}
	return c
}

func cdn(s spec, ttfb []float64) rendermap.CDN {
	if s.provider == "" {
		return rendermap.CDN{}
	}
	edge, origin := stats(ttfb[:12]), stats(samples(len(s.pattern), s.ttfb*3, 6))
	st := map[string]int{"HIT": 12, "MISS": 6}
	if s.verdict != "shared" {
		st = map[string]int{"BYPASS": 18}
	}
	return rendermap.CDN{Provider: s.provider, Statuses: st, EdgeTTFB: &edge, OriginTTFB: &origin}
}

func personal(s spec) rendermap.Personalization {
	p := rendermap.Personalization{Personalized: s.personal, DiffFraction: s.diff}
	if s.personal {
		p.Where = []string{"main > section.orders", "header .greeting"}
		p.Excerpt = "Welcome back, Ada — 3 orders in progress"
		p.Signals = []string{"Set-Cookie on the document", "Vary: Cookie"}
	}
	if s.island {
		p.DiffFraction = 0.02
		p.Where = []string{"header .cart-count"}
		p.Excerpt = "Cart (2)"
	}
	return p
}

func volatility(s spec) rendermap.Volatility {
	v := rendermap.Volatility{ChangesPerDay: s.changes, Source: "lastmod", Rechecked: len(s.examples)}
	if s.changes > 100 {
		v.Source, v.ChangedOnRecheck = "recheck", len(s.examples)
		v.ChangesPerDayCI = []float64{s.changes / 2, s.changes * 2}
	}
	if s.changes == 0 {
		v.Source = "none"
	}
	return v
}

func clientRender(s spec) rendermap.ClientRender {
	c := rendermap.ClientRender{ScriptOnlyFraction: s.scriptOnly}
	if s.dataRequest {
		c.EmptyMounts = []string{"#app"}
		c.DataRequests = []rendermap.DataRequest{{URL: origin + "/api/dashboard", Status: 200, DurationMS: 38.5}}
	}
	return c
}

func pages(s spec, ttfb, server []float64) []rendermap.PageResult {
	var out []rendermap.PageResult
	for j, u := range s.examples {
		h := map[string]string{"cache-control": s.cc, "content-type": "text/html; charset=utf-8", "etag": fmt.Sprintf(`"v%d-%d"`, len(s.pattern), j)}
		if s.provider != "" {
			h["cf-cache-status"] = "HIT"
		}
		if s.verdict == "none" {
			h["set-cookie"] = "session=" + Secret + "; Path=/; HttpOnly"
			h["vary"] = "Cookie"
			h["x-debug-auth"] = "Bearer " + Secret
		}
		lo := (j * 6) % len(ttfb)
		out = append(out, rendermap.PageResult{
			URL: u, Status: 200, TTFBMS: ttfb[lo : lo+6], ServerMS: server[lo : lo+6], Headers: h, Title: s.title,
			FCPMS: 80 + s.ttfb, LCPMS: 140 + s.ttfb, Personalized: s.personal, DiffFraction: s.diff,
			ScriptOnlyFraction: s.scriptOnly, Changed: s.changes > 100,
		})
	}
	return out
}

func inputs(s spec) *rendermap.ModelInputs {
	return &rendermap.ModelInputs{
		Pages:                rendermap.Input{Value: float64(s.pages), Source: "sitemap"},
		RenderSeconds:        rendermap.Input{Value: s.server / 1000, Source: "measured"},
		ChangesPerDay:        rendermap.Input{Value: s.changes, Source: "measured"},
		VisitsPerDay:         rendermap.Input{Value: s.visits, Source: "default"},
		FreshnessBudgetSec:   rendermap.Input{Value: 600, Source: "default"},
		BuildSecondsPerPage:  rendermap.Input{Value: s.server / 1000, Source: "measured"},
		BuildOverheadSeconds: rendermap.Input{Value: 45, Source: "default"},
		BuildWorkers:         rendermap.Input{Value: 4, Source: "default"},
	}
}

func alternatives(s spec) []rendermap.Alternative {
	var out []rendermap.Alternative
	for _, st := range rendermap.Strategies {
		if st == s.rec {
			continue
		}
		c := rendermap.Cost{ComputeSecondsPerDay: s.costs[st], TTFBMS: s.ttfb, Feasible: s.infeasible[st] == ""}
		alt := rendermap.Alternative{Strategy: st, Cost: c, WhyNot: s.infeasible[st]}
		switch st {
		case rendermap.ISR:
			alt.RevalidateSeconds, alt.Cost.StalenessExpectedS, alt.Cost.StalenessWorstS = 300, 150, 300
		case rendermap.Static:
			alt.Cost.StalenessExpectedS, alt.Cost.StalenessWorstS, alt.Cost.TTFBMS = 61, 122, 12
		case rendermap.Client:
			alt.Cost.TTFBMS = 10
		}
		if alt.WhyNot == "" {
			alt.WhyNot = fmt.Sprintf("It costs %.4g compute-seconds a day against the recommendation's %.4g.", s.costs[st], s.costs[s.rec])
		}
		out = append(out, alt)
	}
	return out
}

package advise

import (
	"fmt"
	"math"

	"github.com/rendermap/rendermap"
)

// gathered holds one route's model inputs with their sources and spreads.
type gathered struct {
	in       Inputs
	mi       rendermap.ModelInputs
	renderN  int
	renderCI [2]float64 // seconds
	changeCI [2]float64 // per page per day
	notes    []string   // assumption keys used
}

// siteFacts are the per-audit values shared by every route.
type siteFacts struct {
	f       Facts
	visits  map[string]float64 // from traffic, per pattern
	urls    map[string]int     // distinct URLs from traffic, per pattern
	recheck float64
}

func input(v float64, source string) rendermap.Input {
	return rendermap.Input{Value: v, Source: source}
}

func gather(r *rendermap.Route, sf siteFacts) gathered {
	var g gathered
	g.render(r)
	g.network(r)
	g.change(r, sf.recheck)
	g.traffic(r, sf)
	g.budget(r, sf.f)
	g.build(sf.f)
	g.flags(r, sf.f)
	return g
}

func (g *gathered) use(key string) { g.notes = append(g.notes, key) }

func (g *gathered) render(r *rendermap.Route) {
	ms, n := serverMS(r)
	src := "measured"
	if o := r.CDN.OriginTTFB; o != nil && o.N > 0 && r.CDN.EdgeTTFB != nil && o.P50 > r.CDN.EdgeTTFB.P50 {
		ms = o.P50 - r.CDN.EdgeTTFB.P50
	}
	if n == 0 {
		ms, src = DefaultRenderSeconds*1000, "default"
		g.use(keyRender)
	}
	g.renderN = n
	g.in.RenderSeconds = ms / 1000
	g.renderCI = [2]float64{g.in.RenderSeconds, g.in.RenderSeconds}
	if ci := r.Server.CI95; len(ci) == 2 && n > 0 {
		g.renderCI = [2]float64{sane(ci[0]) / 1000, sane(ci[1]) / 1000}
	}
	g.mi.RenderSeconds = input(g.in.RenderSeconds, src)
}

func (g *gathered) network(r *rendermap.Route) {
	net, ok := networkMS(r)
	if !ok {
		net = DefaultNetworkMS
		g.use(keyNetwork)
	}
	g.in.NetworkMS = net
	g.in.EdgeMS = net
	if e := r.CDN.EdgeTTFB; e != nil && e.N > 0 {
		g.in.EdgeMS = sane(e.P50)
	}
	g.in.OriginMS = net + g.in.RenderSeconds*1000
	g.in.ClientRendered = clientRendered(r)
	api, ok := apiMS(r, net)
	g.in.APISeconds, g.mi.APISecondsPerView = api/1000, input(api/1000, "measured")
	if !ok {
		g.in.APISeconds, g.mi.APISecondsPerView = g.in.RenderSeconds, input(g.in.RenderSeconds, "default")
		g.use(keyAPI)
	}
}

func (g *gathered) change(r *rendermap.Route, recheck float64) {
	rate, ci, src := changeRate(r, recheck)
	if src == "" {
		rate, src = declaredChangeRate(r)
		ci = [2]float64{rate, rate}
	}
	g.in.ChangeRateKnown = src != ""
	if !g.in.ChangeRateKnown {
		rate, ci = DefaultChangesPerDay, [2]float64{DefaultChangesPerDay, DefaultChangesPerDay}
		g.use(keyChanges)
	}
	g.in.ChangesPerDay, g.changeCI, g.in.ChangesHigh = rate, ci, ci[1]
	g.in.SharedClock = r.Volatility.Clock == "shared"
	g.mi.ChangesPerDay = input(rate, changeSource(src))
}

func changeSource(src string) string {
	switch src {
	case "":
		return "default"
	case "lastmod":
		return "sitemap"
	}
	return "measured"
}

// declaredChangeRate infers a change rate from a long shared-cache lifetime:
// a site that lets shared caches keep a page for N seconds (a day or more)
// declares it changes at most about once per N seconds. The headers describe
// only the shell of client-rendered pages, so those are skipped.
func declaredChangeRate(r *rendermap.Route) (float64, string) {
	c := r.Cache
	if clientRendered(r) || !c.StorableShared || c.FreshnessSeconds < day || c.FreshnessSource == "heuristic" {
		return 0, ""
	}
	return day / float64(c.FreshnessSeconds), "cache-control"
}

func pagesSource(s string) string {
	if s == "sitemap" {
		return "sitemap"
	}
	return "measured"
}

// traffic sets pages and visits; an open URL space has as many distinct
// URLs per day as visits divided by views per URL.
func (g *gathered) traffic(r *rendermap.Route, sf siteFacts) {
	pages, psrc := math.Max(float64(r.Discovery.Pages), 1), pagesSource(r.PagesSource)
	visits, vsrc := g.visits(r, sf, pages)
	g.in.OpenURLSpace = openURLSpace(r)
	if g.in.OpenURLSpace {
		perURL, usrc := DefaultVisitsPerURL, "default"
		if n := sf.urls[r.Pattern]; n > 0 && vsrc == "logs" {
			perURL, usrc = math.Max(visits/float64(n), 1e-9), "logs"
		} else {
			g.use(keyVisitsOpen)
		}
		pages, psrc = math.Max(visits/perURL, 1), usrc
		g.mi.VisitsPerURL = &rendermap.Input{Value: perURL, Source: usrc}
	}
	g.in.Pages, g.in.VisitsPerDay = pages, visits
	g.mi.Pages, g.mi.VisitsPerDay = input(pages, psrc), input(visits, vsrc)
}

func (g *gathered) visits(r *rendermap.Route, sf siteFacts, pages float64) (float64, string) {
	if v, ok := sf.f.PatternVisits[r.Pattern]; ok && sane(v) == v {
		return v, "config"
	}
	if v, ok := sf.visits[r.Pattern]; ok {
		return sane(v), "logs"
	}
	g.use(keyVisits)
	return DefaultVisitsPerPage * pages, "default"
}

func (g *gathered) budget(r *rendermap.Route, f Facts) {
	b, src := DefaultFreshnessSeconds, "default"
	declared := float64(r.Cache.FreshnessSeconds)
	switch {
	case f.PatternFreshness[r.Pattern] > 0:
		b, src = f.PatternFreshness[r.Pattern].Seconds(), "config"
	case f.FreshnessBudget > 0:
		b, src = f.FreshnessBudget.Seconds(), "config"
	case r.Cache.StorableShared && declared > 0 && declared < b && r.Cache.FreshnessSource != "heuristic":
		b, src = declared+g.in.RenderSeconds, "measured" // the site's lifetime plus the render that made the copy
	default:
		g.use(keyFreshness)
	}
	g.in.BudgetSeconds = b
	g.mi.FreshnessBudgetSec = input(b, src)
}

func (g *gathered) build(f Facts) {
	g.in.BuildWorkers, g.mi.BuildWorkers = g.fact(float64(f.BuildWorkers), DefaultBuildWorkers, keyWorkers)
	g.in.BuildOverheadSeconds, g.mi.BuildOverheadSeconds = g.fact(f.BuildOverheadSeconds, DefaultBuildOverheadSeconds, keyOverhead)
	g.in.MaxDeploysPerDay, g.mi.MaxDeploysPerDay = g.fact(f.MaxDeploysPerDay, DefaultMaxDeploysPerDay, keyDeploys)
	g.in.Incremental = f.Incremental
	g.in.BuildSecondsPerPage = sane(f.BuildSecondsPerPage)
	g.mi.BuildSecondsPerPage = input(g.in.BuildSecondsPerPage, "config")
	if g.in.BuildSecondsPerPage == 0 {
		g.mi.BuildSecondsPerPage = input(g.in.buildSecondsPerPage(), g.mi.RenderSeconds.Source)
	}
}

// audience sets the audience model's round trips: config, else defaults.
func (g *gathered) audience(a Audience) {
	d := a.withDefaults()
	src := func(v float64) string {
		if v > 0 {
			return "config"
		}
		return "default"
	}
	g.in.Audience = d
	g.mi.NearRTTMS, g.mi.FarRTTMS, g.mi.EdgeRTTMS = input(d.NearRTTMS, src(a.NearRTTMS)), input(d.FarRTTMS, src(a.FarRTTMS)), input(d.EdgeRTTMS, src(a.EdgeRTTMS))
}

func (g *gathered) fact(v, def float64, key string) (float64, rendermap.Input) {
	if v = sane(v); v > 0 {
		return v, input(v, "config")
	}
	g.use(key)
	return def, input(def, "default")
}

func (g *gathered) flags(r *rendermap.Route, f Facts) {
	g.in.Personalized = wholePagePersonalized(r) || unmeasuredSession(r)
	g.in.Indexable = r.InSitemap && !noindex(r)
	g.in.DataPrivate = privateData(r)
	if r.Current.Strategy == rendermap.ISR {
		g.in.SiteInterval = float64(r.Current.RevalidateSeconds)
	}
	g.audience(f.Audience)
	if p := sane(f.PricePerComputeSecond); p > 0 {
		g.in.Price = p
		g.mi.PricePerComputeSecond = &rendermap.Input{Value: p, Source: "config"}
	}
}

// Assumption keys, in the order they are reported.
const (
	keyVisits     = "visits"
	keyVisitsOpen = "visits-open"
	keyFreshness  = "freshness"
	keyChanges    = "changes"
	keyRender     = "render"
	keyAPI        = "api"
	keyNetwork    = "network"
	keyWorkers    = "workers"
	keyOverhead   = "overhead"
	keyDeploys    = "deploys"
)

var assumptionOrder = []string{keyVisits, keyVisitsOpen, keyFreshness, keyChanges, keyRender,
	keyAPI, keyNetwork, keyWorkers, keyOverhead, keyDeploys}

var assumptionText = map[string]string{
	keyVisits:     fmt.Sprintf("Without traffic data each page is assumed to get %g views per day.", DefaultVisitsPerPage),
	keyVisitsOpen: fmt.Sprintf("Each distinct URL of an open URL space (query-keyed, not in a sitemap) is assumed to be viewed %g time(s) per day, so a shared cache rarely hits.", DefaultVisitsPerURL),
	keyFreshness:  fmt.Sprintf("Content may be at most %s stale unless a budget is configured or the site's own shared-cache lifetime is shorter.", human(DefaultFreshnessSeconds)),
	keyChanges:    fmt.Sprintf("Where no change rate was measured, each page is assumed to change %g time(s) per day.", DefaultChangesPerDay),
	keyRender:     fmt.Sprintf("Routes without a successful sample are assumed to render in %g ms.", DefaultRenderSeconds*1000),
	keyAPI:        "Without measured data requests, the API work behind a client-rendered view is assumed equal to the page's server render time.",
	keyNetwork:    fmt.Sprintf("Where TTFB could not be split into network and server time, a round trip is assumed to take %g ms.", DefaultNetworkMS),
	keyWorkers:    fmt.Sprintf("Builds are assumed to render %g pages in parallel.", DefaultBuildWorkers),
	keyOverhead:   fmt.Sprintf("Each build is assumed to cost %g s of fixed overhead (install, bundle, upload).", DefaultBuildOverheadSeconds),
	keyDeploys:    fmt.Sprintf("At most %g deploys per day are assumed.", DefaultMaxDeploysPerDay),
}

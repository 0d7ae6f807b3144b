package config

import (
	"runtime"
	"time"

	"github.com/rendermap/rendermap/crawl"
)

// Group is a set of settings a command binds as flags.
type Group uint8

// The groups of settings.
const (
	// DiscoverFlags are finding URLs and grouping them (audit, demo, routes).
	DiscoverFlags Group = 1 << iota
	// MeasureFlags are fetching and rendering (audit, demo).
	MeasureFlags
	// ModelFlags are the cost model's facts (audit, demo, advise, merge).
	ModelFlags
	// RunFlags are what an audit run does besides measuring, and its outputs (audit, demo).
	RunFlags
	// AuditFlags are every group: what audit and demo bind.
	AuditFlags = DiscoverFlags | MeasureFlags | ModelFlags | RunFlags
)

// setting is one row of the table: the one definition of a setting. Its
// flag, its key in rendermap.yaml (dotted; "" when the file has none), its
// default, its help text and the field of Settings it fills.
type setting struct {
	flag, short string
	key         string
	group       Group
	def         any
	help        string
	field       func(*Settings) any
}

// table lists every setting; Bind, Apply and Default read it.
var table = []setting{
	{flag: "chrome", group: DiscoverFlags, def: "", help: "Chrome/Chromium binary (default: $CHROME_PATH, then common install paths)", field: func(s *Settings) any { return &s.Chrome }},
	{flag: "browser", group: DiscoverFlags, def: "", help: "use the Chrome DevTools endpoint at ws://HOST:PORT/... or http://HOST:PORT instead of launching Chromium", field: func(s *Settings) any { return &s.Browser }},
	{flag: "concurrency", key: "crawl.concurrency", group: DiscoverFlags, def: max(2, 2*runtime.NumCPU()), help: "pages rendered or measured at once", field: func(s *Settings) any { return &s.Concurrency }},
	{flag: "timeout", key: "crawl.timeout", group: DiscoverFlags, def: 15 * time.Minute, help: "stop the whole audit after this long and write what was measured", field: func(s *Settings) any { return &s.Timeout }},
	{flag: "page-timeout", group: DiscoverFlags, def: 30 * time.Second, help: "give up on one page load after this long", field: func(s *Settings) any { return &s.PageTimeout }},
	{flag: "request-timeout", group: DiscoverFlags, def: 30 * time.Second, help: "give up on one robots.txt, sitemap or start-URL request after this long", field: func(s *Settings) any { return &s.RequestTimeout }},
	{flag: "max-urls", key: "crawl.max_urls", group: DiscoverFlags, def: 100000, help: "stop discovering after this many URLs", field: func(s *Settings) any { return &s.MaxURLs }},
	{flag: "max-depth", key: "crawl.max_depth", group: DiscoverFlags, def: 5, help: "link depth followed from the start URL", field: func(s *Settings) any { return &s.MaxDepth }},
	{flag: "max-links-per-page", group: DiscoverFlags, def: 2000, help: "links taken from one rendered page", field: func(s *Settings) any { return &s.MaxLinksPerPage }},
	{flag: "max-per-pattern", group: DiscoverFlags, def: 10000, help: "URLs one route pattern may take from page links (an infinite calendar stops here)", field: func(s *Settings) any { return &s.MaxPerPattern }},
	{flag: "render-per-pattern", group: DiscoverFlags, def: crawl.DefaultPerPatternCap, help: "pages of one route pattern rendered during discovery to find links", field: func(s *Settings) any { return &s.RenderPerPattern }},
	{flag: "urls-per-pattern", key: "crawl.urls_per_pattern", group: DiscoverFlags, def: 5, help: "URLs sampled per route pattern", field: func(s *Settings) any { return &s.URLsPerPattern }},
	{flag: "max-redirects", group: DiscoverFlags, def: 5, help: "redirects followed by one request (never to another origin)", field: func(s *Settings) any { return &s.MaxRedirects }},
	{flag: "max-sitemap-bytes", group: DiscoverFlags, def: int64(50 << 20), help: "decompressed bytes read from one sitemap (at most the protocol's 50 MB)", field: func(s *Settings) any { return &s.MaxSitemapBytes }},
	{flag: "route", key: "crawl.routes", group: DiscoverFlags, def: []string(nil), help: "pin a route pattern, e.g. '/shop/[category]/[item]' (repeatable)", field: func(s *Settings) any { return &s.Routes }},
	{flag: "urls", group: DiscoverFlags, def: "", help: "URL list, one URL or path per line, or access log (Common/Combined); gzip ok ('-' for stdin)", field: func(s *Settings) any { return &s.URLs }},
	{flag: "sitemap", key: "crawl.sitemaps", group: DiscoverFlags, def: []string(nil), help: "extra sitemap URL (repeatable)", field: func(s *Settings) any { return &s.Sitemaps }},
	{flag: "include", key: "crawl.include", group: DiscoverFlags, def: []string(nil), help: "only audit paths matching this glob (repeatable)", field: func(s *Settings) any { return &s.Include }},
	{flag: "exclude", key: "crawl.exclude", group: DiscoverFlags, def: []string(nil), help: "skip paths matching this glob (repeatable)", field: func(s *Settings) any { return &s.Exclude }},
	{flag: "allow-origin", key: "crawl.allow_origins", group: DiscoverFlags, def: []string(nil), help: "also crawl this origin (repeatable)", field: func(s *Settings) any { return &s.AllowOrigins }},
	{flag: "ignore-robots", key: "crawl.ignore_robots", group: DiscoverFlags, def: false, help: "do not read robots.txt (no rules, Crawl-delay or Sitemap: lines); for sites you own, such as a staging site that disallows all", field: func(s *Settings) any { return &s.IgnoreRobots }},
	{flag: "user-agent", key: "crawl.user_agent", group: DiscoverFlags, def: "", help: "User-Agent (default: a desktop Chromium's, ending in rendermap/VERSION)", field: func(s *Settings) any { return &s.UserAgent }},
	{flag: "seed", group: DiscoverFlags, def: int64(1), help: "seed for sampling, so audits are reproducible", field: func(s *Settings) any { return &s.Seed }},
	{flag: "quiet", short: "q", group: DiscoverFlags, def: false, help: "no progress output", field: func(s *Settings) any { return &s.Quiet }},
	{flag: "config", group: DiscoverFlags | ModelFlags, def: "", help: "config file (default: rendermap.yaml in the working directory, if any)", field: func(s *Settings) any { return &s.ConfigFile }},

	{flag: "samples", key: "crawl.samples", group: MeasureFlags, def: 5, help: "TTFB samples per URL, after one discarded warm-up request", field: func(s *Settings) any { return &s.Samples }},
	{flag: "recheck", key: "crawl.recheck", group: MeasureFlags, def: Recheck(0), help: "least window for re-fetches that detect changing content: auto (as long as rendering takes), a duration, or 0 to disable", field: func(s *Settings) any { return &s.Recheck }},
	{flag: "max-body-bytes", group: MeasureFlags, def: int64(10 << 20), help: "bytes read from one response", field: func(s *Settings) any { return &s.MaxBodyBytes }},
	{flag: "cookie", group: MeasureFlags, def: []string(nil), help: "cookie NAME=VALUE for an authenticated session (repeatable; never written anywhere)", field: func(s *Settings) any { return &s.Cookies }},
	{flag: "cookie-file", key: "auth.cookie_file", group: MeasureFlags, def: "", help: "cookies in Netscape cookies.txt or JSON format", field: func(s *Settings) any { return &s.CookieFile }},
	{flag: "header", group: MeasureFlags, def: []string(nil), help: "extra request header 'Name: value' (repeatable; values never written anywhere)", field: func(s *Settings) any { return &s.Headers }},

	{flag: "traffic", key: "model.traffic", group: ModelFlags, def: "", help: "access log (Common/Combined, gzip ok) or CSV path,views", field: func(s *Settings) any { return &s.Traffic }},
	{flag: "freshness", key: "model.freshness", group: ModelFlags, def: time.Duration(0), help: "how stale content may be, for every route (default: the model's)", field: func(s *Settings) any { return &s.Freshness }},
	{flag: "build-workers", key: "model.build.workers", group: ModelFlags, def: 0, help: "pages your static build renders in parallel (default: the model's 4)", field: func(s *Settings) any { return &s.BuildWorkers }},
	{flag: "build-seconds-per-page", key: "model.build.seconds_per_page", group: ModelFlags, def: 0.0, help: "build cost of one page in seconds (default: the measured render time)", field: func(s *Settings) any { return &s.BuildSecondsPerPage }},
	{flag: "build-overhead", key: "model.build.overhead_seconds", group: ModelFlags, def: 0.0, help: "fixed seconds of one build (default: the model's 60)", field: func(s *Settings) any { return &s.BuildOverhead }},
	{flag: "incremental", key: "model.build.incremental", group: ModelFlags, def: false, help: "builds render only the pages that changed", field: func(s *Settings) any { return &s.Incremental }},
	{flag: "max-deploys-per-day", key: "model.build.max_deploys_per_day", group: ModelFlags, def: 0.0, help: "most builds that can ship in a day (default: the model's 24)", field: func(s *Settings) any { return &s.MaxDeploysPerDay }},
	{flag: "price-per-compute-second", key: "model.price_per_compute_second", group: ModelFlags, def: 0.0, help: "show costs as money at this price per compute-second", field: func(s *Settings) any { return &s.PricePerComputeSecond }},
	{flag: "audience-near-ms", key: "model.audience.near_ms", group: ModelFlags, def: 0.0, help: "round trip of a visitor near the origin, in ms (default 20)", field: func(s *Settings) any { return &s.NearMS }},
	{flag: "audience-far-ms", key: "model.audience.far_ms", group: ModelFlags, def: 0.0, help: "round trip of a visitor an ocean away, in ms (default 150)", field: func(s *Settings) any { return &s.FarMS }},
	{flag: "audience-edge-ms", key: "model.audience.edge_ms", group: ModelFlags, def: 0.0, help: "round trip of any visitor to the CDN edge, in ms (default 20)", field: func(s *Settings) any { return &s.EdgeMS }},

	{flag: "routes-file", group: RunFlags, def: "", help: "skip discovery: read routes from 'rendermap routes --format json' output", field: func(s *Settings) any { return &s.RoutesFile }},
	{flag: "shard", group: RunFlags, def: "", help: "measure only shard I of N of the route patterns, e.g. 2/4 (merge with 'rendermap merge')", field: func(s *Settings) any { return &s.Shard }},
	{flag: "resume", group: RunFlags, def: "", help: "continue the interrupted audit in DIR (its audit.json) instead of starting over", field: func(s *Settings) any { return &s.Resume }},
	{flag: "baseline", group: RunFlags, def: "", help: "compare with this earlier audit.json; exit 1 on regressions", field: func(s *Settings) any { return &s.Baseline }},
	{flag: "retries", group: RunFlags, def: 1, help: "re-measure a route whose timing assertion failed, or whose TTFB is worse than the --baseline, this many times before it counts", field: func(s *Settings) any { return &s.Retries }},
	{flag: "out", short: "o", group: RunFlags, def: "rendermap-report", help: "directory for audit.json, report.html and report.md", field: func(s *Settings) any { return &s.Out }},
	{flag: "emit", group: RunFlags, def: []string(nil), help: "also write route config for TARGET into the output directory (repeatable)", field: func(s *Settings) any { return &s.Emit }},
	{flag: "no-color", group: RunFlags, def: false, help: "never color the table", field: func(s *Settings) any { return &s.NoColor }},
}

// setDefault puts the row's default into its field.
func (d setting) setDefault(s *Settings) {
	switch p := d.field(s).(type) {
	case *Recheck:
		*p = d.def.(Recheck)
	case *time.Duration:
		*p = d.def.(time.Duration)
	case *int:
		*p = d.def.(int)
	case *int64:
		*p = d.def.(int64)
	case *float64:
		*p = d.def.(float64)
	case *bool:
		*p = d.def.(bool)
	case *string:
		*p = d.def.(string)
	case *[]string:
		*p = append([]string(nil), d.def.([]string)...)
	}
}

package main

import (
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/cmd/rendermap/internal/config"
	"github.com/rendermap/rendermap/crawl"
)

// auditOptions are the flags shared by audit and demo.
type auditOptions struct {
	out             string
	chrome          string
	samples         int
	urlsPerPattern  int
	seed            int64
	concurrency     int
	recheck         time.Duration
	timeout         time.Duration
	pageTimeout     time.Duration
	maxURLs         int
	maxDepth        int
	routes          []string
	urlsFile        string
	sitemaps        []string
	include         []string
	exclude         []string
	allowOrigins    []string
	cookies         []string
	cookieFile      string
	headers         []string
	userAgent       string
	trafficFile     string
	freshness       time.Duration
	noColor         bool
	quiet           bool
	emit            []string
	configFile      string
	ignoreRobots    bool
	baseline        string
	retries         int
	resume          string
	maxLinksPerPage int
	maxPerPattern   int
	renderPerPat    int
	maxBodyBytes    int64
	requestTimeout  time.Duration
	maxRedirects    int
	maxSitemapBytes int64
	browser         string
	routesFile      string
	shard           string

	// facts are the model facts given as flags.
	facts factFlags
	// fs is the flag set bound to these options, to tell set flags from defaults.
	fs *pflag.FlagSet

	// cfg is the loaded config file, if any.
	cfg *config.File
	// base is the audit loaded by --baseline, if any.
	base *rendermap.Audit
	// resumed is the incomplete audit loaded by --resume, if any.
	resumed *rendermap.Audit
}

// bind registers every audit flag: the discovery flags plus measuring,
// model and output flags.
func (o *auditOptions) bind(fs *pflag.FlagSet) {
	o.bindDiscovery(fs)
	o.facts.bind(fs)
	fs.Int64Var(&o.maxBodyBytes, "max-body-bytes", 10<<20, "bytes read from one response")
	fs.StringVarP(&o.out, "out", "o", "rendermap-report", "directory for audit.json, report.html and report.md")
	fs.IntVar(&o.samples, "samples", 5, "TTFB samples per URL, after one discarded warm-up request")
	fs.Var((*recheckValue)(&o.recheck), "recheck", "least window for re-fetches that detect changing content: auto (as long as rendering takes), a duration, or 0 to disable")
	fs.StringArrayVar(&o.cookies, "cookie", nil, "cookie NAME=VALUE for an authenticated session (repeatable; never written anywhere)")
	fs.StringVar(&o.cookieFile, "cookie-file", "", "cookies in Netscape cookies.txt or JSON format")
	fs.StringArrayVar(&o.headers, "header", nil, "extra request header 'Name: value' (repeatable; values never written anywhere)")
	fs.StringVar(&o.trafficFile, "traffic", "", "access log (Common/Combined, gzip ok) or CSV path,views")
	fs.DurationVar(&o.freshness, "freshness", 0, "how stale content may be, for every route (default: the model's)")
	fs.BoolVar(&o.noColor, "no-color", false, "never color the table")
	fs.StringArrayVar(&o.emit, "emit", nil, "also write route config for TARGET into the output directory (repeatable)")
	fs.StringVar(&o.baseline, "baseline", "", "compare with this earlier audit.json; exit 1 on regressions")
	fs.StringVar(&o.routesFile, "routes-file", "", "skip discovery: read routes from 'rendermap routes --format json' output")
	fs.StringVar(&o.shard, "shard", "", "measure only shard I of N of the route patterns, e.g. 2/4 (merge with 'rendermap merge')")
	fs.StringVar(&o.resume, "resume", "", "continue the interrupted audit in DIR (its audit.json) instead of starting over")
	fs.IntVar(&o.retries, "retries", 1, "re-measure a route whose timing assertion failed, or whose TTFB is worse than the --baseline, this many times before it counts")
}

// bindDiscovery registers the flags that finding URLs and grouping them into
// route patterns uses; `routes` binds only these.
func (o *auditOptions) bindDiscovery(fs *pflag.FlagSet) {
	o.fs = fs
	fs.StringVar(&o.chrome, "chrome", "", "Chrome/Chromium binary (default: $CHROME_PATH, then common install paths)")
	fs.IntVar(&o.concurrency, "concurrency", defaultConcurrency(), "pages rendered or measured at once")
	fs.DurationVar(&o.timeout, "timeout", 15*time.Minute, "stop the whole audit after this long and write what was measured")
	fs.DurationVar(&o.pageTimeout, "page-timeout", 30*time.Second, "give up on one page load after this long")
	fs.IntVar(&o.maxURLs, "max-urls", 100000, "stop discovering after this many URLs")
	fs.IntVar(&o.maxDepth, "max-depth", 5, "link depth followed from the start URL")
	fs.IntVar(&o.maxLinksPerPage, "max-links-per-page", 2000, "links taken from one rendered page")
	fs.IntVar(&o.maxPerPattern, "max-per-pattern", 10000, "URLs one route pattern may take from page links (an infinite calendar stops here)")
	fs.IntVar(&o.renderPerPat, "render-per-pattern", crawl.DefaultPerPatternCap, "pages of one route pattern rendered during discovery to find links")
	fs.DurationVar(&o.requestTimeout, "request-timeout", 30*time.Second, "give up on one robots.txt, sitemap or start-URL request after this long")
	fs.IntVar(&o.maxRedirects, "max-redirects", 5, "redirects followed by one request (never to another origin)")
	fs.Int64Var(&o.maxSitemapBytes, "max-sitemap-bytes", 50<<20, "decompressed bytes read from one sitemap (at most the protocol's 50 MB)")
	fs.StringArrayVar(&o.routes, "route", nil, "pin a route pattern, e.g. '/shop/[category]/[item]' (repeatable)")
	fs.StringVar(&o.urlsFile, "urls", "", "file of URLs to add, one per line ('-' for stdin)")
	fs.StringArrayVar(&o.sitemaps, "sitemap", nil, "extra sitemap URL (repeatable)")
	fs.StringArrayVar(&o.include, "include", nil, "only audit paths matching this glob (repeatable)")
	fs.StringArrayVar(&o.exclude, "exclude", nil, "skip paths matching this glob (repeatable)")
	fs.StringArrayVar(&o.allowOrigins, "allow-origin", nil, "also crawl this origin (repeatable)")
	fs.BoolVar(&o.ignoreRobots, "ignore-robots", false, "do not read robots.txt (no rules, Crawl-delay or Sitemap: lines); for sites you own, such as a staging site that disallows all")
	fs.StringVar(&o.userAgent, "user-agent", "", "User-Agent (default: a desktop Chromium's, ending in rendermap/VERSION)")
	fs.IntVar(&o.urlsPerPattern, "urls-per-pattern", 5, "URLs sampled per route pattern")
	fs.Int64Var(&o.seed, "seed", 1, "seed for sampling, so audits are reproducible")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "no progress output")
	fs.StringVar(&o.configFile, "config", "", "config file (default: rendermap.yaml in the working directory, if any)")
	fs.StringVar(&o.browser, "browser", "", "use the Chrome DevTools endpoint at ws://HOST:PORT/... or http://HOST:PORT instead of launching Chromium")
}

func defaultConcurrency() int {
	return max(2, 2*runtime.NumCPU())
}

func (o *auditOptions) validate() error {
	if o.samples < 1 || o.samples > 100 {
		return usageErr("--samples %d: give a number from 1 to 100", o.samples)
	}
	return o.validateDiscovery()
}

// validateDiscovery checks the flags bound by bindDiscovery.
func (o *auditOptions) validateDiscovery() error {
	if o.urlsPerPattern < 1 {
		return usageErr("--urls-per-pattern %d: give at least 1", o.urlsPerPattern)
	}
	if o.concurrency < 1 {
		return usageErr("--concurrency %d: give at least 1", o.concurrency)
	}
	if o.timeout <= 0 {
		return usageErr("--timeout %s: give a positive duration such as 15m", o.timeout)
	}
	return nil
}

// userAgentString returns the User-Agent to send.
func (o *auditOptions) userAgentString() string {
	if o.userAgent != "" {
		return o.userAgent
	}
	return crawl.DefaultUserAgent()
}

// parseSiteURL checks that raw is an absolute http(s) URL.
func parseSiteURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return nil, usageErr("URL %q is malformed: give an absolute URL such as https://example.com/", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, usageErr("URL %q has scheme %q: only http and https sites can be audited", raw, u.Scheme)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

// parseHeaders turns 'Name: value' flags into a header.
func parseHeaders(list []string) (http.Header, error) {
	h := http.Header{}
	for _, l := range list {
		name, value, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, usageErr("--header %q: write it as 'Name: value'", redactHeaderFlag(l))
		}
		h.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}
	return h, nil
}

// redactHeaderFlag keeps only the header name of a malformed flag for error messages.
func redactHeaderFlag(l string) string {
	if name, _, ok := strings.Cut(l, ":"); ok {
		return name + ": [redacted]"
	}
	return "[redacted]"
}

// recheckValue is the --recheck flag: "auto" (0, the window lasts as long
// as rendering), "0" or "off" (-1, no re-fetches), or a least window.
type recheckValue time.Duration

func (v *recheckValue) String() string {
	switch d := time.Duration(*v); {
	case d == 0:
		return "auto"
	case d < 0:
		return "0"
	default:
		return d.String()
	}
}

func (v *recheckValue) Set(s string) error {
	switch s {
	case "auto":
		*v = 0
		return nil
	case "0", "off":
		*v = -1
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("want auto, 0 or a duration such as 30s")
	}
	if d == 0 {
		d = -1
	}
	*v = recheckValue(d)
	return nil
}

func (v *recheckValue) Type() string { return "window" }

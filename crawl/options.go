package crawl

import (
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/rendermap/rendermap"
)

// ResultSchema names the JSON form of Result.
const ResultSchema = "rendermap.discovery/v1"

// Defaults applied by Discover when an option is zero.
const (
	DefaultMaxURLs       = 100_000
	DefaultMaxDepth      = 5
	DefaultPerPatternCap = 2
	DefaultSampleSize    = 5
	DefaultConcurrency   = 2
	// DefaultRate is the per-host request rate, in requests per second.
	DefaultRate = 8.0
	// DefaultMaxPerPattern bounds the URLs one pattern may take from DOM
	// links, so that an endless space cannot use up MaxURLs.
	DefaultMaxPerPattern = 10_000
	// DefaultMaxLinksPerPage bounds the links taken from one rendered page.
	DefaultMaxLinksPerPage = 2_000
	// DefaultRequestTimeout bounds one robots.txt, sitemap or start URL
	// request when Options.Client is nil.
	DefaultRequestTimeout = 30 * time.Second
	// DefaultMaxRedirects bounds the redirects followed by one request.
	DefaultMaxRedirects = 10
	// maxCrawlDelay caps a robots.txt Crawl-delay.
	maxCrawlDelay = 10 * time.Second
)

// Version is written into the default User-Agent; cmd may set it.
var Version = "dev"

// RobotsToken is the product token robots.txt groups name to address
// rendermap (User-agent: rendermap).
const RobotsToken = "rendermap"

// DefaultUserAgent returns the User-Agent sent when Options.UserAgent is
// empty: a desktop Chromium's, as visitors send, with rendermap's token at
// the end. Hosts skip their cache for crawler user agents (Vercel's
// BYPASS reason "crawler"; lists such as isbot match "bot", "crawl",
// "headless" or any URL), so a crawler-looking default would measure a
// path no visitor takes.
func DefaultUserAgent() string {
	return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36 " + RobotsToken + "/" + Version
}

// robotsAgent is the name matched against robots.txt groups: rendermap's
// token for the default User-Agent, the User-Agent itself otherwise.
func robotsAgent(ua string) string {
	if ua == DefaultUserAgent() {
		return RobotsToken
	}
	return ua
}

// Options configures discovery.
type Options struct {
	// Start is the site URL, e.g. http://127.0.0.1:8080/.
	Start string
	// URLs are extra URLs from --urls: absolute URLs or paths (resolved
	// against Start), or, when the first is a Common or Combined Log
	// Format line, access log lines, of which the request targets of page
	// views count (GET or HEAD answered 2xx or 304, not a file).
	URLs []string
	// URLList is read line by line after URLs, as URLs are: a URL list or
	// access log, plain or gzip. It is streamed: the lines past MaxURLs
	// are counted per pattern, not held.
	URLList io.Reader
	// Sitemaps are extra sitemap URLs; robots.txt Sitemap: lines and
	// /sitemap.xml are tried too.
	Sitemaps []string
	// SitemapFiles are local sitemap files (plain or gzip), read before
	// Sitemaps.
	SitemapFiles []string
	// AllowOrigins are extra origins (scheme://host[:port]) to keep.
	AllowOrigins []string
	// Include and Exclude are path globs (path.Match, plus ** for any depth).
	Include, Exclude []string
	// Routes are pinned patterns, in the syntax of [rendermap.ParsePattern].
	Routes []string
	// MaxURLs bounds discovered URLs; MaxDepth bounds link depth from Start;
	// PerPatternCap bounds rendered pages per pattern; SampleSize is the
	// sample per pattern. Zero means the Default* value.
	MaxURLs, MaxDepth, PerPatternCap, SampleSize int
	// MaxPerPattern bounds URLs taken from DOM links per pattern.
	MaxPerPattern int
	// MaxLinksPerPage bounds the links taken from one rendered page; the
	// rest are ignored with a warning.
	MaxLinksPerPage int
	// Seed makes sampling reproducible.
	Seed int64
	// Concurrency is the number of rendering workers.
	Concurrency int
	// Rate is the per-host request rate (requests per second).
	Rate float64
	// UserAgent overrides DefaultUserAgent().
	UserAgent string
	// Client fetches robots.txt and sitemaps; nil means a client with timeouts.
	Client *http.Client
	// Browser renders pages to collect links; nil means no DOM crawl.
	Browser rendermap.Browser
	// Loads, when set, keeps every page rendered without error, for a
	// later stage of the same run (see rendermap.Loads).
	Loads *rendermap.Loads
	// Progress, when set, is called from any goroutine as discovery advances.
	Progress func(Progress)
	// NoSitemaps and NoRobots skip those sources (NoRobots also ignores its rules).
	NoSitemaps, NoRobots bool
	// NoStartURL fetches Start only to check that the origin answers; it is
	// not recorded (the URLs come from the list and sitemaps alone).
	NoStartURL bool
	// Offline sends no request at all: Start only names the origin (it is
	// neither fetched nor recorded), robots.txt and remote sitemaps are not
	// read and nothing is rendered. The URLs come from URLs, URLList and
	// SitemapFiles; an index among those is followed to local files only.
	Offline bool
	// RequestTimeout bounds one robots.txt, sitemap or start-URL request
	// (default DefaultRequestTimeout); MaxRedirects bounds the redirects
	// one request follows (default DefaultMaxRedirects); MaxSitemapBytes
	// bounds the decompressed XML read from one sitemap (default MaxSitemapBytes).
	RequestTimeout  time.Duration
	MaxRedirects    int
	MaxSitemapBytes int64
}

// Progress reports discovery so far.
type Progress struct {
	Discovered, Patterns, Rendered int
}

// Result is discovery's output; [Result.Fill] turns it into an audit's
// routes, and `rendermap routes --format json` writes it.
type Result struct {
	Schema string         `json:"schema"`
	Site   rendermap.Site `json:"site"`
	// Routes holds the discovery part of each route, sorted by Pattern.
	Routes   []rendermap.Discovery `json:"routes"`
	Warnings []rendermap.Warning   `json:"warnings"`
	// NotAudited lists, by pattern, URLs found but kept out of the result.
	NotAudited []rendermap.Unaudited `json:"not_audited,omitempty"`
}

func (o Options) withDefaults() Options {
	o.MaxURLs = orDefault(o.MaxURLs, DefaultMaxURLs)
	o.MaxDepth = orDefault(o.MaxDepth, DefaultMaxDepth)
	o.PerPatternCap = orDefault(o.PerPatternCap, DefaultPerPatternCap)
	o.SampleSize = orDefault(o.SampleSize, DefaultSampleSize)
	o.MaxPerPattern = orDefault(o.MaxPerPattern, DefaultMaxPerPattern)
	o.MaxLinksPerPage = orDefault(o.MaxLinksPerPage, DefaultMaxLinksPerPage)
	o.Concurrency = orDefault(o.Concurrency, DefaultConcurrency)
	if o.Rate <= 0 {
		o.Rate = DefaultRate
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent()
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	o.MaxRedirects = orDefault(o.MaxRedirects, DefaultMaxRedirects)
	if o.MaxSitemapBytes <= 0 {
		o.MaxSitemapBytes = MaxSitemapBytes
	}
	if o.Offline {
		o.Browser, o.NoRobots = nil, true
	}
	if o.Client == nil {
		o.Client = &http.Client{Timeout: o.RequestTimeout, CheckRedirect: sameOriginRedirects(o.MaxRedirects)}
	}
	return o
}

// sameOriginRedirects follows at most limit redirects, and none to another
// origin: the user did not allow it.
func sameOriginRedirects(limit int) func(*http.Request, []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		if len(via) >= limit {
			return fmt.Errorf("stopped after %d redirects", limit)
		}
		if from := via[0].URL; req.URL.Scheme != from.Scheme || req.URL.Host != from.Host {
			return fmt.Errorf("not following a redirect to another origin (%s://%s)", req.URL.Scheme, req.URL.Host)
		}
		return nil
	}
}

func orDefault(v, d int) int {
	if v <= 0 {
		return d
	}
	return v
}

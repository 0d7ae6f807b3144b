package crawl

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rendermap/rendermap/internal/polite"
)

// discovery is the state of one Discover call.
type discovery struct {
	opt      Options
	start    *url.URL
	startURL string
	origin   string // scheme://host of start
	fetch    *fetcher
	scope    *scope
	robots   *robots
	set      *urlSet
	warn     *warnings
	sitemaps []string

	offHost, disallowed, unwanted dropCount
	limited                       dropCount // links and list URLs refused by a limit
	cut                           dropCount // sitemap and list URLs that overflow refused
	rendered, patterns            atomic.Int64

	mu               sync.Mutex
	sitemapTruncated bool
	crawlTruncated   bool
	timedOut         bool
	cappedPatterns   map[string]bool
	droppedPatterns  map[string]bool
	gone             map[string]bool         // rendered as 404/410
	broken           map[string]string       // render timed out or crashed: why
	evidence         map[string]pageEvidence // template evidence per rendered URL
}

// Discover finds the site's URLs (robots.txt, sitemaps, the URL list, then
// links in the rendered DOM from Start), groups them into route patterns and
// samples each. It returns an error only for bad input: a malformed or
// non-HTTP start URL, a start URL that cannot be reached, or a pinned
// pattern that does not parse. Everything else
// becomes a warning in the result. When ctx ends, discovery stops and
// returns what it found, marked truncated.
func Discover(ctx context.Context, opt Options) (*Result, error) {
	opt = opt.withDefaults()
	d, err := newDiscovery(opt)
	if err != nil {
		return nil, err
	}
	pool := d.openSessions(ctx)
	defer pool.close()
	if !opt.Offline {
		if err := d.checkStart(ctx); err != nil {
			return nil, err
		}
		d.readRobots(ctx)
	}
	if !opt.NoSitemaps {
		d.readSitemaps(ctx)
	}
	if err := d.readList(ctx); err != nil {
		return nil, err
	}
	d.crawl(ctx, pool)
	if ctx.Err() != nil {
		d.crawlTruncated, d.timedOut = true, true
		d.warn.addf("crawl", "", "discovery stopped early (%v); results are partial", context.Cause(ctx))
	}
	return d.result(), nil
}

func newDiscovery(opt Options) (*discovery, error) {
	norm, err := Normalize(opt.Start, nil)
	if err != nil {
		return nil, fmt.Errorf("start url: %w", err)
	}
	if err := checkPinned(opt.Routes); err != nil {
		return nil, err
	}
	start, _ := url.Parse(norm)
	d := &discovery{
		opt: opt, start: start, startURL: norm, origin: originOf(start),
		fetch:           &fetcher{client: opt.Client, ua: opt.UserAgent, pace: polite.NewRatePacer(opt.Rate), offline: opt.Offline},
		scope:           newScope(start, opt.AllowOrigins, opt.Include, opt.Exclude),
		robots:          &robots{},
		set:             newURLSet(opt.MaxURLs),
		warn:            newWarnings(),
		cappedPatterns:  map[string]bool{},
		droppedPatterns: map[string]bool{},
		gone:            map[string]bool{},
		broken:          map[string]string{},
		evidence:        map[string]pageEvidence{},
	}
	return d, nil
}

// checkStart fetches the start URL once; a transport error is fatal.
func (d *discovery) checkStart(ctx context.Context) error {
	res, err := d.fetch.get(ctx, d.start.Host, d.startURL)
	if err != nil {
		return fmt.Errorf("start url %s is unreachable: %w", d.startURL, err)
	}
	if res.status >= 400 {
		d.warn.addf("crawl", d.startURL, "start URL answered HTTP %d", res.status)
	}
	if !d.opt.NoStartURL && d.scope.pathWanted(d.start.EscapedPath()) {
		d.set.add(d.startURL, fromStart, time.Time{})
	}
	return nil
}

func (d *discovery) readRobots(ctx context.Context) {
	if d.opt.NoRobots {
		return
	}
	r, w := fetchRobots(ctx, d.fetch, d.start, robotsAgent(d.opt.UserAgent))
	d.warn.add(w)
	if r.delay > maxCrawlDelay {
		d.warn.addf("robots", "", "Crawl-delay %s capped at %s", r.delay, maxCrawlDelay)
		r.delay = maxCrawlDelay
	}
	d.fetch.pace.SlowTo(r.delay)
	d.robots, d.scope.robots = r, r
}

// admission is whether discovery keeps a URL, or why not.
type admission uint8

const (
	admitted admission = iota
	invalidURL
	offOrigin
	unwanted
	disallowed
)

// admit normalizes raw, checks it against the scope and counts a URL it
// drops; it returns the normalized URL ("" when invalid) and the verdict.
// The start origin's robots.txt applies to its own URLs only; other
// allowed origins' robots.txt files are not read.
func (d *discovery) admit(raw string, base *url.URL) (string, admission) {
	n, err := Normalize(raw, base)
	if err != nil {
		return "", invalidURL
	}
	at := pathStart(n)
	path, _, _ := strings.Cut(n[at:], "?")
	switch {
	case !d.scope.origins[n[:at]]:
		d.offHost.add(n)
		return n, offOrigin
	case !d.scope.pathWanted(path):
		d.unwanted.add(n)
		return n, unwanted
	case n[:at] == d.origin && !d.robots.allowedPath(n[at:]):
		d.disallowed.add(n)
		return n, disallowed
	}
	return n, admitted
}

// add records a kept URL and reports progress.
func (d *discovery) add(u string, from source, lastmod time.Time) bool {
	i, added := d.set.add(u, from, lastmod)
	if i == notKept {
		d.limited.add(u)
		if from == fromSitemap || from == fromList {
			d.cut.add(u)
		}
	}
	if added && i%256 == 0 {
		d.progress()
	}
	return added
}

func (d *discovery) progress() {
	if d.opt.Progress == nil {
		return
	}
	d.opt.Progress(Progress{Discovered: d.set.len(), Patterns: int(d.patterns.Load()), Rendered: int(d.rendered.Load())})
}

// capPattern records that a pattern reached PerPatternCap rendered pages.
func (d *discovery) capPattern(p string) {
	d.mu.Lock()
	d.cappedPatterns[p] = true
	d.mu.Unlock()
}

// capDiscovery records that DOM links of a pattern were dropped at MaxPerPattern.
func (d *discovery) capDiscovery(p string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.droppedPatterns[p] {
		d.warn.addf("crawl", "", "pattern %s reached %d URLs from links; further links to it were ignored", p, d.opt.MaxPerPattern)
	}
	d.droppedPatterns[p] = true
	d.cappedPatterns[p] = true
}

package main

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/chrome"
	"github.com/rendermap/rendermap/crawl"
	"github.com/rendermap/rendermap/internal/polite"
	"github.com/rendermap/rendermap/measure"
)

var errTimeout = errors.New("the --timeout elapsed")

// pipeline runs crawl → measure → advise for one site and writes the outputs.
type pipeline struct {
	s     streams
	o     *auditOptions
	site  *url.URL
	creds credentials
	facts advise.Facts
	extra []string
	// routes is the shared discovery from --routes-file, or nil.
	routes *crawl.Result
	// shardI and shardN select this run's shard (--shard); shardN 0 means all.
	shardI, shardN int
	// resumed is the incomplete audit being continued (--resume), or nil.
	resumed *rendermap.Audit
	prog    *progressLog
	now     func() time.Time
	// pacer spaces measuring requests by robots.txt's Crawl-delay, or is nil.
	pacer measure.Pacer
}

// prepare reads every local input before any network traffic, so bad input fails fast.
func (p *pipeline) prepare() error {
	if err := p.o.validate(); err != nil {
		return err
	}
	creds, err := loadCredentials(p.o)
	if err != nil {
		return err
	}
	p.creds = creds
	if err := p.configHeaders(); err != nil {
		return err
	}
	if p.extra, err = readURLList(p.o.urlsFile, p.s.in); err != nil {
		return err
	}
	if err := p.loadSharding(); err != nil {
		return err
	}
	if err := p.loadBaseline(); err != nil {
		return err
	}
	p.facts, err = loadFacts(p.o.trafficFile, p.o.freshness)
	p.facts = p.o.facts.apply(p.o.fs, modelFacts(p.facts, p.o.cfg))
	return err
}

// configHeaders adds the config file's auth headers, read from the environment.
func (p *pipeline) configHeaders() error {
	if p.o.cfg == nil {
		return nil
	}
	h, err := p.o.cfg.HeaderValues(p.s.getenv)
	if err != nil {
		return usageErr("config auth: %v", err)
	}
	for k, vs := range h {
		for _, v := range vs {
			p.creds.header.Add(k, v)
		}
	}
	return nil
}

// run audits the site; the returned audit holds whatever was measured even when err != nil.
func (p *pipeline) run(ctx context.Context) (*rendermap.Audit, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, p.o.timeout, errTimeout)
	defer cancel()
	a := p.start()
	if err := checkReachable(ctx, p.site.String(), p.o.userAgentString()); err != nil {
		return nil, withCode(exitIncomplete, err)
	}
	b, err := openBrowser(ctx, p.o)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	if p.resumed == nil {
		if err := p.discover(ctx, b, a); err != nil {
			p.finish(ctx, a)
			return a, err
		}
		p.applyShard(a)
	}
	p.measureMissing(ctx, b, a)
	p.noteRestarts(a, b)
	p.finish(ctx, a)
	if err := p.advise(a); err != nil {
		return a, err
	}
	err = p.assert(ctx, b, a)
	p.confirmRegressions(ctx, b, a)
	return a, err
}

// start returns the audit to fill: a new one, or the one being resumed.
func (p *pipeline) start() *rendermap.Audit {
	if p.resumed != nil {
		a := p.resumed
		a.Complete, a.IncompleteReason = true, ""
		return a
	}
	return p.newAudit()
}

// openBrowser launches Chromium or connects to --browser, restarting either
// when it dies mid-audit.
func openBrowser(ctx context.Context, o *auditOptions) (*chrome.Resilient, error) {
	b, err := chrome.NewResilient(ctx, chrome.Opener(o.browser, chrome.Options{Bin: o.chrome, Timeout: o.pageTimeout}))
	if err != nil {
		return nil, browserErr(err)
	}
	return b, nil
}

func (p *pipeline) noteRestarts(a *rendermap.Audit, b *chrome.Resilient) {
	if n := b.Restarts(); n > 0 {
		a.Warnings = append(a.Warnings, rendermap.Warning{Source: "browser", Message: fmt.Sprintf("the browser was lost %d time(s) and restarted; the audit carried on", n)})
	}
}

func browserErr(err error) error {
	if errors.Is(err, chrome.ErrNoBrowser) {
		return withCode(exitUsage, err)
	}
	return withCode(exitIncomplete, err)
}

func (p *pipeline) newAudit() *rendermap.Audit {
	return &rendermap.Audit{
		Schema:    rendermap.SchemaVersion,
		Tool:      rendermap.Tool{Name: "rendermap", Version: version},
		Site:      rendermap.Site{Origin: origin(p.site)},
		Settings:  p.settings(),
		StartedAt: p.now().UTC().Format(time.RFC3339),
		Complete:  true,
		Routes:    []rendermap.Route{},
		Warnings:  []rendermap.Warning{},
	}
}

// timing returns the audit's timing record, made when missing.
func (p *pipeline) timing(a *rendermap.Audit) *rendermap.Timing {
	if a.Timing == nil {
		a.Timing = &rendermap.Timing{}
	}
	return a.Timing
}

func (p *pipeline) settings() rendermap.Settings {
	return rendermap.Settings{
		Samples: p.o.samples, URLsPerPattern: p.o.urlsPerPattern, Seed: p.o.seed,
		Concurrency: p.o.concurrency, RecheckSeconds: int(max(p.o.recheck, 0) / time.Second),
		MaxURLs: p.o.maxURLs, UserAgent: p.o.userAgentString(), IgnoreRobots: p.o.ignoreRobots,
	}
}

func origin(u *url.URL) string {
	return u.Scheme + "://" + u.Host
}

func (p *pipeline) discover(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) error {
	if p.routes != nil {
		p.useRoutes(a, p.routes)
		return nil
	}
	p.prog.Stage("discovering URLs on %s", a.Site.Origin)
	began := time.Now()
	res, err := crawl.Discover(ctx, p.crawlOptions(p.site.String(), b, p.extra))
	p.prog.Done()
	p.timing(a).Discover = seconds(time.Since(began))
	if err != nil {
		return withCode(exitIncomplete, fmt.Errorf("discover: %w", err))
	}
	a.Site = res.Site
	a.Routes = res.Routes
	a.Warnings = append(a.Warnings, res.Warnings...)
	a.NotAudited = res.NotAudited
	p.prog.Stage("found %d URLs in %d route patterns", res.Site.URLsDiscovered, len(res.Routes))
	return nil
}

func (p *pipeline) crawlOptions(start string, b rendermap.Browser, extra []string) crawl.Options {
	return crawl.Options{
		Start: start, URLs: extra, Sitemaps: p.o.sitemaps, AllowOrigins: p.o.allowOrigins,
		Include: p.o.include, Exclude: p.o.exclude, Routes: p.o.routes,
		MaxURLs: p.o.maxURLs, MaxDepth: p.o.maxDepth, SampleSize: p.o.urlsPerPattern,
		MaxLinksPerPage: p.o.maxLinksPerPage, MaxPerPattern: p.o.maxPerPattern, PerPatternCap: p.o.renderPerPat,
		RequestTimeout: p.o.requestTimeout, MaxRedirects: p.o.maxRedirects, MaxSitemapBytes: p.o.maxSitemapBytes,
		Seed: p.o.seed, Concurrency: p.o.concurrency, UserAgent: p.o.userAgentString(),
		NoRobots: p.o.ignoreRobots, Browser: b,
		Progress: func(pr crawl.Progress) {
			p.prog.Update("discovered %d URLs, %d patterns, %d pages rendered", pr.Discovered, pr.Patterns, pr.Rendered)
		},
	}
}

func (p *pipeline) measure(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) {
	p.prog.Stage("measuring %d route patterns", len(a.Routes))
	if d := a.Site.CrawlDelaySeconds; d > 0 {
		p.pacer = polite.NewPacer(time.Duration(d * float64(time.Second)))
	}
	err := measure.Measure(ctx, a, p.measureOptions(b))
	p.prog.Done()
	if err != nil && ctx.Err() == nil {
		a.Warnings = append(a.Warnings, rendermap.Warning{Source: "measure", Message: err.Error()})
	}
}

func (p *pipeline) measureOptions(b rendermap.Browser) measure.Options {
	return measure.Options{
		Samples: p.o.samples, Concurrency: p.o.concurrency, Recheck: p.o.recheck,
		PageTimeout: p.o.pageTimeout, Browser: b, Cookies: p.creds.cookies, Header: p.creds.header,
		UserAgent: p.o.userAgentString(), Now: p.now, AllowOrigins: p.allowedOrigins(),
		MaxBodyBytes: p.o.maxBodyBytes, MaxRedirects: p.o.maxRedirects, Pacer: p.pacer,
		Progress: func(pr measure.Progress) { p.prog.Steps(pr.Steps, pr.StepsTotal, "%s", pr.String()) },
	}
}

// allowedOrigins are the audited origin and every --allow-origin.
func (p *pipeline) allowedOrigins() []string {
	out := []string{origin(p.site)}
	for _, o := range p.o.allowOrigins {
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			out = append(out, origin(u))
		}
	}
	return out
}

// finish stamps the audit and marks it incomplete when the context ended early.
func (p *pipeline) finish(ctx context.Context, a *rendermap.Audit) {
	a.FinishedAt = p.now().UTC().Format(time.RFC3339)
	sort.Slice(a.Routes, func(i, j int) bool { return a.Routes[i].Pattern < a.Routes[j].Pattern })
	if cause := context.Cause(ctx); ctx.Err() != nil {
		a.Complete = false
		a.IncompleteReason = cause.Error()
	}
}

func (p *pipeline) advise(a *rendermap.Audit) error {
	began := time.Now()
	defer func() { p.timing(a).Advise = seconds(time.Since(began)) }()
	if err := advise.Advise(a, p.facts); err != nil {
		return withCode(exitIncomplete, fmt.Errorf("advise: %w", err))
	}
	if !a.Complete {
		return withCode(exitIncomplete, fmt.Errorf("audit incomplete: %s", a.IncompleteReason))
	}
	return nil
}

// checkReachable fails fast, within seconds, when the site does not answer at all.
func checkReachable(ctx context.Context, site, ua string) error {
	ctx, cancel := context.WithTimeout(ctx, 8*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, site, nil)
	if err != nil {
		return usageErr("URL %q: %v", site, err)
	}
	req.Header.Set("User-Agent", ua)
	resp, err := noRedirects.Do(req)
	if err != nil {
		return fmt.Errorf("site %s is unreachable: %v; check the URL and that the server is up", site, unwrapURLError(err))
	}
	resp.Body.Close()
	return nil
}

// noRedirects never follows a redirect: the target may be another origin.
var noRedirects = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

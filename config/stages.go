package config

import (
	"net/url"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/check"
	"github.com/rendermap/rendermap/crawl"
	"github.com/rendermap/rendermap/measure"
)

// UserAgentString returns the User-Agent to send: --user-agent, else a
// desktop Chromium's ending in rendermap/VERSION.
func (s *Settings) UserAgentString() string {
	if s.UserAgent != "" {
		return s.UserAgent
	}
	return crawl.DefaultUserAgent()
}

// Crawl returns discovery's options for a start URL, rendering with b
// (nil: no rendering) and adding the URLs of a list.
func (s *Settings) Crawl(start string, b rendermap.Browser, urls []string) crawl.Options {
	return crawl.Options{
		Start: start, URLs: urls, Sitemaps: s.Sitemaps, AllowOrigins: s.AllowOrigins,
		Include: s.Include, Exclude: s.Exclude, Routes: s.Routes,
		MaxURLs: s.MaxURLs, MaxDepth: s.MaxDepth, SampleSize: s.URLsPerPattern,
		MaxLinksPerPage: s.MaxLinksPerPage, MaxPerPattern: s.MaxPerPattern, PerPatternCap: s.RenderPerPattern,
		RequestTimeout: s.RequestTimeout, MaxRedirects: s.MaxRedirects, MaxSitemapBytes: s.MaxSitemapBytes,
		Seed: s.Seed, Concurrency: s.Concurrency, UserAgent: s.UserAgentString(),
		NoRobots: s.IgnoreRobots, Browser: b,
	}
}

// Measure returns measuring's options for a site's origin, rendering with
// b and signed in with c.
func (s *Settings) Measure(origin string, b rendermap.Browser, c Credentials) measure.Options {
	return measure.Options{
		Samples: s.Samples, Concurrency: s.Concurrency, Recheck: s.Recheck.Window(),
		PageTimeout: s.PageTimeout, Browser: b, Cookies: c.Cookies, Header: c.Header,
		UserAgent: s.UserAgentString(), AllowOrigins: s.allowedOrigins(origin),
		MaxBodyBytes: s.MaxBodyBytes, MaxRedirects: s.MaxRedirects,
	}
}

// allowedOrigins are the audited origin and every --allow-origin.
func (s *Settings) allowedOrigins(origin string) []string {
	out := []string{origin}
	for _, o := range s.AllowOrigins {
		if u, err := url.Parse(o); err == nil && u.Host != "" {
			out = append(out, u.Scheme+"://"+u.Host)
		}
	}
	return out
}

// Record returns the settings an audit records in audit.json.
func (s *Settings) Record() rendermap.Settings {
	return rendermap.Settings{
		Samples: s.Samples, URLsPerPattern: s.URLsPerPattern, Seed: s.Seed,
		Concurrency: s.Concurrency, RecheckSeconds: int(max(s.Recheck.Window(), 0) / time.Second),
		MaxURLs: s.MaxURLs, UserAgent: s.UserAgentString(), IgnoreRobots: s.IgnoreRobots,
	}
}

// Rules returns the file's assertions for check.Evaluate; none without a file.
func (s *Settings) Rules() []check.Rule {
	if s.File == nil {
		return nil
	}
	return s.File.Rules()
}

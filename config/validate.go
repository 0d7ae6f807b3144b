package config

import (
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/rendermap/rendermap/check"
)

var envName = regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)

var headerName = regexp.MustCompile("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")

// validate checks values the types alone cannot.
func (f *File) validate(d *decoder) error {
	for _, check := range []func(*decoder) error{f.checkSite, f.checkCrawl, f.checkAuth, f.checkModel, f.checkRoutes, f.checkAssertions} {
		if err := check(d); err != nil {
			return err
		}
	}
	return nil
}

func (f *File) checkSite(d *decoder) error {
	if f.Site == "" {
		return nil
	}
	u, err := url.Parse(f.Site)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return d.errorf(f.Line("site"), "site", "site: want an absolute http(s) URL such as https://example.com/")
	}
	return nil
}

func (f *File) checkCrawl(d *decoder) error {
	c := f.Crawl
	ints := []struct {
		key       string
		v, lo, hi int
	}{
		{"max_urls", c.MaxURLs, 0, 10_000_000}, {"max_depth", c.MaxDepth, 0, 1000},
		{"urls_per_pattern", c.URLsPerPattern, 0, 10_000}, {"samples", c.Samples, 0, 100},
		{"concurrency", c.Concurrency, 0, 1000},
	}
	for _, x := range ints {
		if x.v < x.lo || x.v > x.hi {
			return d.errorf(f.Line("crawl."+x.key), "crawl."+x.key, "crawl.%s: want a number from %d (the default) to %d", x.key, x.lo, x.hi)
		}
	}
	for _, r := range c.Routes {
		if !strings.HasPrefix(r, "/") {
			return d.errorf(f.Line("crawl.routes"), "crawl.routes", "crawl.routes: pattern %q must start with /", clipKey(r))
		}
	}
	return nil
}

func (f *File) checkAuth(d *decoder) error {
	for _, name := range sortedKeys(f.Auth.Headers) {
		key := "auth.headers." + name
		if !headerName.MatchString(name) {
			return d.errorf(f.Line(key), key, "auth.headers: %q is not a valid header name", clipKey(name))
		}
		if !envName.MatchString(f.Auth.Headers[name]) {
			return d.errorf(f.Line(key), key, "%s: give the name of an environment variable that holds the value (e.g. RENDERMAP_TOKEN), never the value itself", key)
		}
	}
	return nil
}

func (f *File) checkModel(d *decoder) error {
	m := f.Model
	nums := []struct {
		key string
		v   float64
	}{
		{"build.workers", float64(m.Build.Workers)}, {"build.seconds_per_page", m.Build.SecondsPerPage},
		{"build.overhead_seconds", m.Build.OverheadSeconds}, {"build.max_deploys_per_day", m.Build.MaxDeploysPerDay},
		{"price_per_compute_second", m.PricePerComputeSecond},
		{"audience.near_ms", m.Audience.NearMS}, {"audience.far_ms", m.Audience.FarMS}, {"audience.edge_ms", m.Audience.EdgeMS},
	}
	for _, x := range nums {
		if x.v < 0 {
			return d.errorf(f.Line("model."+x.key), "model."+x.key, "model.%s: want zero or more, got a negative number", x.key)
		}
	}
	return nil
}

func (f *File) checkRoutes(d *decoder) error {
	for _, p := range sortedKeys(f.Routes) {
		key := "routes." + p
		if !strings.HasPrefix(p, "/") {
			return d.errorf(f.Line(key), key, "routes: pattern %q must start with /", clipKey(p))
		}
		if f.Routes[p].VisitsPerDay < 0 {
			return d.errorf(f.Line(key+".visits_per_day"), key, "%s.visits_per_day: want zero or more", key)
		}
	}
	return nil
}

func (f *File) checkAssertions(d *decoder) error {
	for _, a := range f.Assertions {
		if a.Assert == "" {
			return d.errorf(a.Line, "assertions", "assertions: every item needs an assert, e.g. assert: ttfb_p95_ms <= 800")
		}
		if _, err := check.Parse(a.Assert); err != nil {
			return d.errorf(a.Line, "assertions", "%v", err)
		}
		if a.Level != "" && a.Level != "error" && a.Level != "warn" {
			return d.errorf(a.Line, "assertions", "assertion %q: level %q: use error or warn", a.Assert, clipKey(a.Level))
		}
		if a.Pattern != "" && a.Pattern != "*" && !strings.HasPrefix(a.Pattern, "/") {
			return d.errorf(a.Line, "assertions", "assertion %q: pattern %q must be * or start with /", a.Assert, clipKey(a.Pattern))
		}
	}
	return nil
}

// Rules converts the assertions for check.Evaluate.
func (f *File) Rules() []check.Rule {
	out := make([]check.Rule, 0, len(f.Assertions))
	for _, a := range f.Assertions {
		out = append(out, check.Rule{Pattern: a.Pattern, Assertion: a.Assert, Level: a.Level, Line: a.Line})
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package main

import (
	"time"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/cmd/rendermap/internal/config"
)

// loadConfigFile reads --config, or rendermap.yaml in the working directory
// when find is true and no --config was given. It returns nil when there is none.
func loadConfigFile(path string, find bool) (*config.File, error) {
	if path == "" && find {
		if p, ok := config.Find("."); ok {
			path = p
		}
	}
	if path == "" {
		return nil, nil
	}
	f, err := config.Load(path)
	if err != nil {
		return nil, usageErr("config %v", err)
	}
	return f, nil
}

// applyConfig fills every option the command line did not set from the file:
// defaults < file < flags.
func applyConfig(fs *pflag.FlagSet, o *auditOptions, f *config.File) {
	c := f.Crawl
	setInt(fs, "max-urls", &o.maxURLs, c.MaxURLs)
	setInt(fs, "max-depth", &o.maxDepth, c.MaxDepth)
	setInt(fs, "urls-per-pattern", &o.urlsPerPattern, c.URLsPerPattern)
	setInt(fs, "samples", &o.samples, c.Samples)
	setInt(fs, "concurrency", &o.concurrency, c.Concurrency)
	setDuration(fs, "recheck", &o.recheck, c.Recheck.Duration)
	setDuration(fs, "timeout", &o.timeout, c.Timeout.Duration)
	setList(fs, "include", &o.include, c.Include)
	setList(fs, "exclude", &o.exclude, c.Exclude)
	setList(fs, "allow-origin", &o.allowOrigins, c.AllowOrigins)
	setList(fs, "route", &o.routes, c.Routes)
	setList(fs, "sitemap", &o.sitemaps, c.Sitemaps)
	setString(fs, "user-agent", &o.userAgent, c.UserAgent)
	if c.IgnoreRobots && !fs.Changed("ignore-robots") {
		o.ignoreRobots = true
	}
	setString(fs, "cookie-file", &o.cookieFile, f.Auth.CookieFile)
	setString(fs, "traffic", &o.trafficFile, f.Model.Traffic)
	setDuration(fs, "freshness", &o.freshness, f.Model.Freshness.Duration)
	o.cfg = f
}

func setInt(fs *pflag.FlagSet, name string, dst *int, v int) {
	if v != 0 && !fs.Changed(name) {
		*dst = v
	}
}

func setDuration(fs *pflag.FlagSet, name string, dst *time.Duration, v time.Duration) {
	if v != 0 && !fs.Changed(name) {
		*dst = v
	}
}

func setString(fs *pflag.FlagSet, name string, dst *string, v string) {
	if v != "" && !fs.Changed(name) {
		*dst = v
	}
}

func setList(fs *pflag.FlagSet, name string, dst *[]string, v []string) {
	if len(v) > 0 && !fs.Changed(name) {
		*dst = v
	}
}

// modelFacts adds the file's model section to facts built from flags.
func modelFacts(facts advise.Facts, f *config.File) advise.Facts {
	if f == nil {
		return facts
	}
	b := f.Model.Build
	facts.BuildWorkers, facts.BuildSecondsPerPage = b.Workers, b.SecondsPerPage
	facts.BuildOverheadSeconds, facts.Incremental = b.OverheadSeconds, b.Incremental
	facts.MaxDeploysPerDay, facts.PricePerComputeSecond = b.MaxDeploysPerDay, f.Model.PricePerComputeSecond
	au := f.Model.Audience
	facts.Audience = advise.Audience{NearRTTMS: au.NearMS, FarRTTMS: au.FarMS, EdgeRTTMS: au.EdgeMS}
	facts.PatternFreshness = map[string]time.Duration{}
	facts.PatternVisits = map[string]float64{}
	for p, rf := range f.Routes {
		if rf.Freshness.Duration > 0 {
			facts.PatternFreshness[p] = rf.Freshness.Duration
		}
		if rf.VisitsPerDay > 0 {
			facts.PatternVisits[p] = rf.VisitsPerDay
		}
	}
	return facts
}

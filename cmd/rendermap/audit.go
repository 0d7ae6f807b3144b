package main

import (
	"context"
	"errors"
	"net/url"
	"time"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/config"
)

func init() {
	register("audit", "crawl, measure and advise on a live site; write audit.json and reports", func(s streams) command { return &auditCommand{s: s} })
}

// auditCommand audits any site.
type auditCommand struct {
	s   streams
	set config.Settings
}

const auditExamples = `  rendermap audit https://example.com/
  rendermap audit https://example.com/ --out audits/today --samples 9 --recheck 1m
  rendermap audit https://shop.example/ --route '/shop/[category]/[item]' --traffic access.log.gz
  rendermap audit https://app.example/ --cookie-file cookies.txt --header "Authorization: Bearer $TOKEN"
`

// Run parses flags and audits the URL given.
func (c *auditCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "audit", "audit URL [flags]", auditExamples)
	c.set.Bind(fs, config.AuditFlags)
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := applyFile(fs, &c.set, true); err != nil {
		return err
	}
	resumed, err := c.loadResume(fs)
	if err != nil {
		return err
	}
	site, err := c.siteArg(fs.Args(), resumed)
	if err != nil {
		return err
	}
	return auditSite(ctx, c.s, audit.Config{Settings: c.set, Site: site, Resumed: resumed})
}

// applyFile applies rendermap.yaml (--config, or found in the working
// directory when find is set) to every setting not given as a flag.
func applyFile(fs *pflag.FlagSet, set *config.Settings, find bool) error {
	f, err := config.Locate(set.ConfigFile, find)
	if err != nil {
		return err
	}
	set.Apply(f, fs.Changed)
	return nil
}

// loadResume loads the audit to continue; its directory becomes --out unless given.
func (c *auditCommand) loadResume(fs *pflag.FlagSet) (*rendermap.Audit, error) {
	if c.set.Resume == "" {
		return nil, nil
	}
	a, err := audit.ReadResume(c.set.Resume)
	if err == nil && !fs.Changed("out") {
		c.set.Out = c.set.Resume
	}
	return a, err
}

// siteArg returns the URL argument, else the resumed audit's origin, else
// the config file's site.
func (c *auditCommand) siteArg(args []string, resumed *rendermap.Audit) (*url.URL, error) {
	switch {
	case len(args) == 1:
		return config.SiteURL(args[0])
	case len(args) == 0 && resumed != nil:
		return config.SiteURL(resumed.Site.Origin + "/")
	case len(args) == 0 && c.set.File != nil && c.set.File.Site != "":
		return config.SiteURL(c.set.File.Site)
	}
	return nil, usageErr("give exactly one site URL, e.g. rendermap audit https://example.com/")
}

// auditSite runs the audit and writes its outputs, also after an early stop.
func auditSite(ctx context.Context, s streams, cfg audit.Config) error {
	prog := newProgress(s.err, s.ttyErr, cfg.Quiet)
	cfg.Progress, cfg.Stdin, cfg.Getenv, cfg.Version = prog, s.in, s.getenv, version
	r, err := audit.New(cfg)
	if err != nil {
		return err
	}
	started := time.Now()
	a, runErr := r.Run(ctx)
	if a == nil {
		return runErr
	}
	if err := writeOutputs(s, &cfg.Settings, a, r.Secrets(), started); err != nil {
		return errors.Join(runErr, err)
	}
	prog.Stage("wrote %s/audit.json, report.html and report.md", cfg.Out)
	if runErr != nil {
		return runErr
	}
	return firstErr(checksErr(s.err, a), compareBaseline(s, &cfg.Settings, r.Baseline(), a))
}

// firstErr returns the first non-nil error; every argument has already run.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

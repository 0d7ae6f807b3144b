package main

import (
	"context"
	"errors"
	"net/url"
	"time"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/cmd/rendermap/internal/config"
)

func init() {
	register("audit", "crawl, measure and advise on a live site; write audit.json and reports", func(s streams) command { return &auditCommand{s: s} })
}

// auditCommand audits any site.
type auditCommand struct {
	s streams
	o auditOptions
}

const auditExamples = `  rendermap audit https://example.com/
  rendermap audit https://example.com/ --out audits/today --samples 9 --recheck 1m
  rendermap audit https://shop.example/ --route '/shop/[category]/[item]' --traffic access.log.gz
  rendermap audit https://app.example/ --cookie-file cookies.txt --header "Authorization: Bearer $TOKEN"
`

// Run parses flags and audits the URL given.
func (c *auditCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "audit", "audit URL [flags]", auditExamples)
	c.o.bind(fs)
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfigFile(c.o.configFile, true)
	if err != nil {
		return err
	}
	if err := c.loadResume(fs); err != nil {
		return err
	}
	raw, err := c.siteArg(fs.Args(), cfg)
	if err != nil {
		return err
	}
	if cfg != nil {
		applyConfig(fs, &c.o, cfg)
	}
	site, err := parseSiteURL(raw)
	if err != nil {
		return err
	}
	return auditSite(ctx, c.s, &c.o, site)
}

// loadResume loads the audit to continue; its directory becomes --out unless given.
func (c *auditCommand) loadResume(fs *pflag.FlagSet) error {
	if c.o.resume == "" {
		return nil
	}
	a, err := loadResume(c.o.resume)
	if err != nil {
		return err
	}
	c.o.resumed = a
	if !fs.Changed("out") {
		c.o.out = c.o.resume
	}
	return nil
}

// siteArg returns the URL argument, else the resumed audit's origin, else
// the config file's site.
func (c *auditCommand) siteArg(args []string, cfg *config.File) (string, error) {
	switch {
	case len(args) == 1:
		return args[0], nil
	case len(args) == 0 && c.o.resumed != nil:
		return c.o.resumed.Site.Origin + "/", nil
	case len(args) == 0 && cfg != nil && cfg.Site != "":
		return cfg.Site, nil
	}
	return "", usageErr("give exactly one site URL, e.g. rendermap audit https://example.com/")
}

// auditSite runs the pipeline and writes its outputs, also after an early stop.
func auditSite(ctx context.Context, s streams, o *auditOptions, site *url.URL) error {
	p := &pipeline{s: s, o: o, site: site, resumed: o.resumed, prog: newProgress(s.err, s.ttyErr, o.quiet), now: time.Now}
	if err := p.prepare(); err != nil {
		return err
	}
	started := time.Now()
	a, runErr := p.run(ctx)
	if a == nil {
		return runErr
	}
	if err := writeOutputs(s, o, a, p.creds.secrets(), started); err != nil {
		return errors.Join(runErr, err)
	}
	p.prog.Stage("wrote %s/audit.json, report.html and report.md", o.out)
	if runErr != nil {
		return runErr
	}
	return firstErr(checksErr(s.err, a), compareBaseline(s, o, a))
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

// decodeAudit parses a saved audit.
func decodeAudit(data []byte, path string) (*rendermap.Audit, error) {
	a, err := rendermap.Decode(data)
	if err != nil {
		return nil, usageErr("%s is not a valid audit: %v", path, err)
	}
	return a, nil
}

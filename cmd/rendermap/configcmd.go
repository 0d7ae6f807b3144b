package main

import (
	"context"
	"strings"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/report/emit"
)

func init() {
	register("config", "generate route-strategy config for a framework or host", func(s streams) command { return &configCommand{s: s} })
}

// configCommand turns a saved audit into framework or host config.
type configCommand struct {
	s               streams
	target          string
	out             string
	nextRouter      string
	cacheComponents bool
	platform        string
}

// Run generates the config.
func (c *configCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "config", "config audit.json [--target "+strings.Join(emit.Targets(), "|")+"] [-o PATH]",
		"  rendermap config rendermap-report/audit.json            # the target is the detected framework\n"+
			"  rendermap config audit.json --target nuxt --platform vercel\n  rendermap config audit.json --target next -o next-config/\n"+
			"  rendermap config audit.json --target next --next-router pages -o pages-config/\n")
	fs.StringVarP(&c.target, "target", "t", "", "one of: "+strings.Join(emit.Targets(), ", ")+" (default: the framework the audit detected)")
	fs.StringVar(&c.platform, "platform", "", "where the app runs, e.g. vercel, netlify, node (default: the platform the audit detected)")
	fs.StringVarP(&c.out, "output", "o", "-", "file or directory to write ('-' is stdout)")
	fs.StringVar(&c.nextRouter, "next-router", "app", "Next.js router: app or pages")
	fs.BoolVar(&c.cacheComponents, "next-cache-components", false, "Next 16 'use cache' / cacheLife model")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give one audit.json, e.g. rendermap config audit.json --target nuxt")
	}
	a, err := audit.Read(fs.Arg(0), c.s.in)
	if err != nil {
		return err
	}
	if err := c.detectTarget(fs, a); err != nil {
		return err
	}
	files, err := emit.Generate(a, c.target, emit.Options{NextRouter: c.nextRouter, NextCacheComponents: c.cacheComponents,
		Source: fs.Arg(0), Platform: c.platform})
	if err != nil {
		return usageErr("%v", err)
	}
	return emit.Write(files, c.out, c.s.out)
}

// detectTarget defaults --target (and --next-router) to the framework the
// audit detected.
func (c *configCommand) detectTarget(fs *pflag.FlagSet, a *rendermap.Audit) error {
	if c.target != "" {
		return nil
	}
	fw := a.Site.Framework
	target, router := "", ""
	if fw != nil {
		target, router = emit.TargetFor(fw.ID)
	}
	if target == "" {
		return usageErr("no framework was detected in this audit: pass --target (one of %s)", strings.Join(emit.Targets(), ", "))
	}
	c.target = target
	if router != "" && !fs.Changed("next-router") {
		c.nextRouter = router
	}
	return nil
}

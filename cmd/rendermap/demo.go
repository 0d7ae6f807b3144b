package main

import (
	"context"
	"net/http"
	"net/url"

	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/fixtures"
)

func init() {
	register("demo", "audit the embedded demo shop end to end", func(s streams) command { return &demoCommand{s: s} })
	register("serve-demo", "serve the embedded demo shop for browsing", func(s streams) command { return &serveDemoCommand{s: s} })
}

// demoCommand starts the embedded demo site on a free loopback port and audits it.
type demoCommand struct {
	s     streams
	set   config.Settings
	scale int
}

const demoExamples = `  rendermap demo
  rendermap demo --out /tmp/demo-report --recheck 0
  rendermap demo --scale 100        # 200,000 products
`

// Run audits the demo site.
func (c *demoCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "demo", "demo [flags]", demoExamples)
	c.set.Bind(fs, config.AuditFlags)
	fs.IntVar(&c.scale, "scale", 1, "multiply the product catalog (100 gives 200,000 products); the blog stays at 120 posts")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := applyFile(fs, &c.set, false); err != nil {
		return err
	}
	if c.scale < 1 || c.scale > 1000 {
		return usageErr("--scale %d: give a number from 1 to 1000", c.scale)
	}
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{Scale: c.scale}), "127.0.0.1:0")
	if err != nil {
		return withCode(exitIncomplete, err)
	}
	defer srv.Close()
	site, _ := url.Parse(srv.URL() + "/")
	return auditSite(ctx, c.s, audit.Config{Settings: c.set, Site: site})
}

// serveDemoCommand serves the demo site until interrupted.
type serveDemoCommand struct {
	s       streams
	addr    string
	scale   int
	hostile bool
}

// Run serves the demo site.
func (c *serveDemoCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "serve-demo", "serve-demo [--addr 127.0.0.1:8080]",
		"  rendermap serve-demo\n  rendermap serve-demo --addr 127.0.0.1:9000 --scale 10\n  rendermap serve-demo --hostile   # hangs, drips, loops and bombs, for hardening\n")
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "loopback address to listen on")
	fs.IntVar(&c.scale, "scale", 1, "multiply the product catalog; the blog stays at 120 posts")
	fs.BoolVar(&c.hostile, "hostile", false, "serve the hostile site (fixtures.NewHostile) instead of the shop")
	if err := parse(fs, args); err != nil {
		return err
	}
	var site http.Handler = fixtures.NewDemo(fixtures.DemoOptions{Scale: c.scale})
	if c.hostile {
		site = fixtures.NewHostile(fixtures.HostileOptions{})
	}
	srv, err := fixtures.Start(site, c.addr)
	if err != nil {
		return usageErr("--addr %s: %v", c.addr, err)
	}
	defer srv.Close()
	c.s.err.Write([]byte("rendermap: serving " + srv.URL() + "/ (Ctrl-C to stop)\n"))
	<-ctx.Done()
	return nil
}

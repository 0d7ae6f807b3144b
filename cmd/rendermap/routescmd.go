package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap/crawl"
	"github.com/rendermap/rendermap/report"
)

func init() {
	register("routes", "discover URLs and group them into route patterns (no measuring)", func(s streams) command { return &routesCommand{s: s} })
}

// routesCommand prints the route patterns of a site without measuring anything.
type routesCommand struct {
	s        streams
	o        auditOptions
	format   string
	noRender bool
	site     string // the config file's site, used when no URL is given
}

const routesExamples = `  rendermap routes https://example.com/
  rendermap routes --sitemap https://example.com/sitemap.xml --format json > routes.json
  cat urls.txt | rendermap routes --urls - --route '/shop/[category]/[item]'
`

// Run discovers and prints the route patterns.
func (c *routesCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "routes", "routes [URL] [--sitemap URL] [--urls FILE|-] [--format table|json]", routesExamples)
	c.o.bindDiscovery(fs)
	fs.StringVarP(&c.format, "format", "f", "table", "table or json")
	fs.BoolVar(&c.noRender, "no-render", false, "do not follow links in the rendered DOM (sitemaps and --urls only)")
	if err := c.setup(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, c.o.timeout, errTimeout)
	defer cancel()
	res, err := c.discover(ctx, fs.Args())
	if err != nil {
		return err
	}
	if err := c.print(res); err != nil {
		return err
	}
	if cause := context.Cause(ctx); cause != nil {
		return withCode(exitIncomplete, fmt.Errorf("the routes are partial: %w", cause))
	}
	return nil
}

// setup parses the flags, checks them and applies the config file.
func (c *routesCommand) setup(fs *pflag.FlagSet, args []string) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	if c.format != "table" && c.format != "json" {
		return usageErr("--format %q: use table or json", c.format)
	}
	cfg, err := loadConfigFile(c.o.configFile, true)
	if err != nil {
		return err
	}
	if cfg != nil {
		applyConfig(fs, &c.o, cfg)
		c.site = cfg.Site
	}
	return c.o.validateDiscovery()
}

// print writes the routes as JSON, or as a table with the warnings on stderr.
func (c *routesCommand) print(res *crawl.Result) error {
	if c.format == "json" {
		enc := json.NewEncoder(c.s.out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	if !c.o.quiet {
		for _, w := range res.Warnings {
			fmt.Fprintf(c.s.err, "rendermap: warning (%s): %s%s\n", w.Source, w.Message, suffix(" ", w.URL))
		}
	}
	if err := report.RoutesTable(c.s.out, res.Routes); err != nil {
		return err
	}
	return report.WriteNotAudited(c.s.out, res.NotAudited)
}

func suffix(sep, s string) string {
	if s == "" {
		return ""
	}
	return sep + s
}

func (c *routesCommand) discover(ctx context.Context, args []string) (*crawl.Result, error) {
	start, err := c.start(args)
	if err != nil {
		return nil, err
	}
	extra, err := readURLList(c.o.urlsFile, c.s.in)
	if err != nil {
		return nil, err
	}
	p := &pipeline{s: c.s, o: &c.o, prog: newProgress(c.s.err, c.s.ttyErr, c.o.quiet)}
	opt := p.crawlOptions(start, nil, extra)
	if start == "" {
		// Only the sitemaps and URLs given: take the origin from them, and
		// fetch its start URL only to check that it answers.
		opt.Start, opt.NoRobots, opt.NoSitemaps = originOf(append(extra, c.o.sitemaps...)), true, len(c.o.sitemaps) == 0
		opt.NoStartURL = true
	}
	if start != "" && !c.noRender {
		b, err := openBrowser(ctx, &c.o)
		if err != nil {
			return nil, err
		}
		defer b.Close()
		opt.Browser = b
	}
	res, err := crawl.Discover(ctx, opt)
	p.prog.Done()
	if err != nil {
		return nil, withCode(exitIncomplete, fmt.Errorf("discover: %w", err))
	}
	return res, nil
}

// start returns the site URL (the argument, else the config file's site),
// or "" when only sitemaps or a URL list are given.
func (c *routesCommand) start(args []string) (string, error) {
	raw := c.site
	switch {
	case len(args) == 1:
		raw = args[0]
	case len(args) > 1:
		raw = ""
	case raw == "" && (len(c.o.sitemaps) > 0 || c.o.urlsFile != ""):
		return "", nil
	}
	if raw == "" {
		return "", usageErr("give a site URL, --sitemap URL or --urls FILE, e.g. rendermap routes https://example.com/")
	}
	u, err := parseSiteURL(raw)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// originOf returns the origin of the first absolute URL in list, as a start URL.
func originOf(list []string) string {
	for _, raw := range list {
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			return u.Scheme + "://" + u.Host + "/"
		}
	}
	return ""
}

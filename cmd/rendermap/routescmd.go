package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"

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
	}
	ctx, cancel := context.WithTimeoutCause(ctx, c.o.timeout, errTimeout)
	defer cancel()
	res, err := c.discover(ctx, fs.Args())
	if err != nil {
		return err
	}
	if c.format == "json" {
		enc := json.NewEncoder(c.s.out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	return report.RoutesTable(c.s.out, res.Routes)
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
		// Only the sitemaps and URLs given: take the origin from them.
		opt.Start, opt.NoRobots, opt.NoSitemaps = originOf(append(extra, c.o.sitemaps...)), true, len(c.o.sitemaps) == 0
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

// start returns the site URL, or "" when only sitemaps or a URL list are given.
func (c *routesCommand) start(args []string) (string, error) {
	switch {
	case len(args) == 1:
		u, err := parseSiteURL(args[0])
		if err != nil {
			return "", err
		}
		return u.String(), nil
	case len(args) == 0 && (len(c.o.sitemaps) > 0 || c.o.urlsFile != ""):
		return "", nil
	}
	return "", usageErr("give a site URL, --sitemap URL or --urls FILE, e.g. rendermap routes https://example.com/")
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

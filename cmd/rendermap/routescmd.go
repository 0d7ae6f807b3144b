package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/crawl"
	"github.com/rendermap/rendermap/report"
)

func init() {
	register("routes", "discover URLs and group them into route patterns (no measuring)", func(s streams) command { return &routesCommand{s: s} })
}

// routesCommand prints the route patterns of a site without measuring anything.
type routesCommand struct {
	s        streams
	set      config.Settings
	format   string
	noRender bool
	site     string // --site: the origin of a URL list, log or sitemap file
	cfgSite  string // the config file's site
}

const routesExamples = `  rendermap routes https://example.com/
  rendermap routes --sitemap https://example.com/sitemap.xml --format json > routes.json
  # Local files only: nothing is fetched, and every line of the list counts.
  rendermap routes --urls urls.txt --format json > routes.json
  rendermap routes --urls access.log.gz --site https://example.com
  rendermap routes --sitemap ./sitemap.xml.gz --urls extra.txt
  cat urls.txt | rendermap routes --urls - --route '/shop/[category]/[item]'
`

// Run discovers and prints the route patterns.
func (c *routesCommand) Run(ctx context.Context, args []string) error {
	fs := c.flags()
	if err := c.setup(fs, args); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, c.set.Timeout, audit.ErrTimeout)
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

// flags binds the discovery flags and those of routes alone.
func (c *routesCommand) flags() *pflag.FlagSet {
	fs := newFlags(c.s, "routes", "routes [URL] [--urls FILE|-] [--sitemap URL|FILE] [--site ORIGIN] [--format table|json]", routesExamples)
	c.set.Bind(fs, config.DiscoverFlags)
	fs.StringVarP(&c.format, "format", "f", "table", "table or json")
	fs.BoolVar(&c.noRender, "no-render", false, "do not follow links in the rendered DOM (sitemaps and --urls only)")
	fs.StringVar(&c.site, "site", "", "with no URL: the origin of --urls paths and log lines (default: config site, else the first absolute URL)")
	fs.Lookup("sitemap").Usage = "extra sitemap URL, or sitemap file (repeatable)"
	fs.Lookup("max-urls").Usage = "URLs kept to sample and render; list and sitemap URLs past it are still counted"
	return fs
}

// setup parses the flags, checks them and applies the config file.
func (c *routesCommand) setup(fs *pflag.FlagSet, args []string) error {
	if err := parse(fs, args); err != nil {
		return err
	}
	if c.format != "table" && c.format != "json" {
		return usageErr("--format %q: use table or json", c.format)
	}
	if err := applyFile(fs, &c.set, true); err != nil {
		return err
	}
	if c.set.File != nil {
		c.cfgSite = c.set.File.Site
	}
	return c.set.Validate(config.DiscoverFlags)
}

// print writes the routes as JSON, or as a table with the warnings on stderr.
func (c *routesCommand) print(res *crawl.Result) error {
	if c.format == "json" {
		enc := json.NewEncoder(c.s.out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	if !c.set.Quiet {
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

// discover runs discovery over the inputs: a crawl from the site URL, or,
// with only --urls and --sitemap given, those inputs alone; offline when
// they are local files.
func (c *routesCommand) discover(ctx context.Context, args []string) (*crawl.Result, error) {
	in, err := c.inputs(args)
	if err != nil {
		return nil, err
	}
	defer in.closeList()
	prog := newProgress(c.s.err, c.s.ttyErr, c.set.Quiet)
	opt := c.set.Crawl(in.start, nil, nil)
	opt.Progress = audit.CrawlProgress(prog)
	opt.Sitemaps, opt.SitemapFiles, opt.Offline = in.sitemaps, in.files, in.offline
	if in.list != nil {
		opt.URLList = in.list
	}
	if in.fromInputs {
		// The start only names the origin; with remote sitemaps it is
		// fetched to check that the site answers.
		opt.NoRobots, opt.NoStartURL = true, true
	} else if !c.noRender {
		b, err := audit.OpenBrowser(ctx, &c.set)
		if err != nil {
			return nil, err
		}
		defer b.Close()
		opt.Browser = b
	}
	res, err := crawl.Discover(ctx, opt)
	prog.Done()
	if err != nil {
		return nil, withCode(exitIncomplete, fmt.Errorf("discover: %w", err))
	}
	return res, nil
}

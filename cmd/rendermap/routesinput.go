package main

import (
	"bufio"
	"io"

	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/crawl"
)

// routeInputs are the sources of one routes run.
type routeInputs struct {
	// start is the site URL, or, with no site URL given, the origin that
	// relative URLs and log paths belong to.
	start string
	// fromInputs: no site URL was given, so the URLs come from the list and
	// sitemaps alone; offline: and those are local files, so nothing is fetched.
	fromInputs, offline bool
	list                *bufio.Reader // --urls, or nil
	sitemaps, files     []string      // --sitemap URLs and local files
	closeList           func()
}

// inputs opens --urls and sorts --sitemap into URLs and files, then
// decides the start: the URL argument, else the config file's site; when
// only --urls or --sitemap are given, the origin of those inputs.
func (c *routesCommand) inputs(args []string) (*routeInputs, error) {
	arg, err := c.siteArg(args)
	if err != nil {
		return nil, err
	}
	in := &routeInputs{closeList: func() {}}
	in.files, in.sitemaps, err = crawl.SplitSitemaps(c.set.Sitemaps, arg != "" || c.site != "" || c.cfgSite != "")
	if err != nil {
		return nil, usageErr("%v", err)
	}
	if err := in.openList(c.set.URLs, c.s.in); err != nil {
		return nil, err
	}
	switch {
	case arg != "":
		in.start = arg
	case in.list == nil && len(in.sitemaps)+len(in.files) == 0:
		in.start, err = c.configSite()
	default:
		in.fromInputs, in.offline = true, len(in.sitemaps) == 0
		in.start, err = c.inputsOrigin(in)
	}
	if err != nil {
		in.closeList()
		return nil, err
	}
	return in, nil
}

// siteArg returns the URL argument, or "" when there is none.
func (c *routesCommand) siteArg(args []string) (string, error) {
	switch {
	case len(args) > 1:
		return "", usageErr("give at most one site URL, e.g. rendermap routes https://example.com/")
	case len(args) == 0:
		return "", nil
	case c.site != "":
		return "", usageErr("--site %s: give the site URL once (the argument crawls it; --site only names the origin of --urls and --sitemap FILE)", c.site)
	}
	return siteURL(args[0])
}

// configSite is the config file's site, crawled when no other input is given.
func (c *routesCommand) configSite() (string, error) {
	if c.site != "" {
		return "", usageErr("--site names the origin of --urls or --sitemap FILE; to crawl a site give its URL, e.g. rendermap routes %s", c.site)
	}
	if c.cfgSite == "" {
		return "", usageErr("give a site URL, --sitemap URL|FILE or --urls FILE, e.g. rendermap routes https://example.com/")
	}
	return siteURL(c.cfgSite)
}

// inputsOrigin is the origin of the URL list and sitemaps: --site, the
// config file's site, else the first absolute URL of the list, of the
// --sitemap URLs or of the first sitemap file (of a file, within its first MiB).
func (c *routesCommand) inputsOrigin(in *routeInputs) (string, error) {
	for _, s := range []string{c.site, c.cfgSite} {
		if s != "" {
			return siteURL(s)
		}
	}
	if in.list != nil {
		if o := crawl.PeekOrigin(in.list); o != "" {
			return o + "/", nil
		}
	}
	if o := crawl.OriginOf(in.sitemaps); o != "" {
		return o, nil
	}
	for _, f := range in.files {
		if o := crawl.SitemapFileOrigin(f); o != "" {
			return o, nil
		}
	}
	return "", usageErr("the inputs name no origin (paths and access log lines do not): give it with --site, e.g. --site https://example.com")
}

func siteURL(raw string) (string, error) {
	u, err := config.SiteURL(raw)
	if err != nil {
		return "", err
	}
	return u.String(), nil
}

// openList opens the --urls file ("-" is stdin), gunzipping it when needed.
func (in *routeInputs) openList(path string, stdin io.Reader) error {
	if path == "" {
		return nil
	}
	r, closeFn, err := config.Open(path, stdin)
	if err != nil {
		return usageErr("--urls %s: %v", path, err)
	}
	br, err := crawl.NewListReader(r)
	if err != nil {
		closeFn()
		return usageErr("--urls %s: %v", path, err)
	}
	in.list, in.closeList = br, closeFn
	return nil
}

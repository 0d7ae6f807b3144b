package main

import (
	"bufio"
	"io"
	"os"
	"strings"

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
	in.files, in.sitemaps, err = splitSitemaps(c.o.sitemaps, arg != "" || c.site != "" || c.cfgSite != "")
	if err != nil {
		return nil, err
	}
	if err := in.openList(c.o.urlsFile, c.s.in); err != nil {
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
// config file's site, else the first absolute URL of the list (within its
// first MiB), of the --sitemap URLs or of the first sitemap file.
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
	if o := originOf(in.sitemaps); o != "" {
		return o, nil
	}
	for _, f := range in.files {
		if o := sitemapFileOrigin(f); o != "" {
			return o, nil
		}
	}
	return "", usageErr("the inputs name no origin (paths and access log lines do not): give it with --site, e.g. --site https://example.com")
}

func siteURL(raw string) (string, error) {
	u, err := parseSiteURL(raw)
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
	r, closeFn, err := openInput(path, stdin)
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

// splitSitemaps sorts --sitemap values into http(s) URLs and local files
// (a file:// URL, or a path that exists). With a site known, a path
// starting with "/" that is no file is a path on the site.
func splitSitemaps(list []string, haveSite bool) (files, urls []string, err error) {
	for _, s := range list {
		lower := strings.ToLower(s)
		switch {
		case strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://"):
			urls = append(urls, s)
		case strings.HasPrefix(lower, "file://"):
			files = append(files, s[len("file://"):])
		case isFile(s):
			files = append(files, s)
		case haveSite && strings.HasPrefix(s, "/"):
			urls = append(urls, s)
		default:
			return nil, nil, usageErr("--sitemap %s: no such file; give a sitemap file or an http(s) URL", s)
		}
	}
	return files, urls, nil
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// sitemapFileOrigin is the origin of the first entry of a sitemap file, or "".
func sitemapFileOrigin(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sm, _ := crawl.ParseSitemap(f)
	for _, e := range append(sm.URLs, sm.Sitemaps...) {
		if o := originOf([]string{e.Loc}); o != "" {
			return o
		}
	}
	return ""
}

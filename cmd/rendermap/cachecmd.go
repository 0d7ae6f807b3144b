package main

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/report"
)

func init() {
	register("cache", "explain one response's cacheability (URL or a raw header block)", func(s streams) command { return &cacheCommand{s: s} })
}

// cacheCommand explains the cacheability of one response.
type cacheCommand struct {
	s       streams
	headers string
	asJSON  bool
	ua      string
}

const cacheExamples = `  rendermap cache https://example.com/products/42
  curl -sI https://example.com/ | rendermap cache --headers -
  rendermap cache --headers response.txt --json
`

// Run explains the response.
func (c *cacheCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "cache", "cache URL | cache --headers FILE [--json]", cacheExamples)
	fs.StringVar(&c.headers, "headers", "", "read a raw response header block from FILE ('-' is stdin) instead of fetching")
	fs.BoolVar(&c.asJSON, "json", false, "print the verdict as JSON")
	fs.StringVar(&c.ua, "user-agent", "", "User-Agent for the request")
	if err := parse(fs, args); err != nil {
		return err
	}
	status, h, err := c.response(ctx, fs.Args())
	if err != nil {
		return err
	}
	v := httpcache.Explain(status, h, time.Now())
	if c.asJSON {
		enc := json.NewEncoder(c.s.out)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	return report.WriteCache(c.s.out, status, v)
}

func (c *cacheCommand) response(ctx context.Context, args []string) (int, http.Header, error) {
	switch {
	case c.headers != "" && len(args) == 0:
		return c.readBlock()
	case c.headers == "" && len(args) == 1:
		return fetchHeaders(ctx, args[0], c.ua)
	}
	return 0, nil, usageErr("give either one URL or --headers FILE, e.g. rendermap cache https://example.com/")
}

func (c *cacheCommand) readBlock() (int, http.Header, error) {
	r, closeFn, err := config.Open(c.headers, c.s.in)
	if err != nil {
		return 0, nil, usageErr("--headers %s: %v", c.headers, err)
	}
	defer closeFn()
	status, h, err := httpcache.ParseHeaderBlock(r)
	if err != nil {
		return 0, nil, usageErr("--headers %s: %v", c.headers, err)
	}
	return status, h, nil
}

// fetchHeaders GETs url without following redirects and returns its status and headers.
func fetchHeaders(ctx context.Context, raw, ua string) (int, http.Header, error) {
	u, err := config.SiteURL(raw)
	if err != nil {
		return 0, nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	status, h, err := httpcache.Fetch(ctx, http.MethodGet, u.String(), ua)
	if err != nil {
		return 0, nil, withCode(exitIncomplete, err)
	}
	return status, h, nil
}

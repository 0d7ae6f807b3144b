package crawl

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/temoto/robotstxt"

	"github.com/rendermap/rendermap"
)

// robots is what robots.txt says to our user agent.
type robots struct {
	found    bool
	group    *robotstxt.Group // nil allows everything
	sitemaps []string
	delay    time.Duration
}

// allowed reports whether robots.txt lets us fetch the URL u.
func (r *robots) allowed(u *url.URL) bool {
	if r == nil || r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// fetchRobots reads origin/robots.txt. A missing, failing or unparsable
// file allows everything and yields a warning (none for a plain 404).
func fetchRobots(ctx context.Context, f *fetcher, origin *url.URL, ua string) (*robots, *rendermap.Warning) {
	u := origin.JoinPath("/robots.txt").String()
	res, err := f.get(ctx, origin.Host, u)
	if err != nil {
		return &robots{}, warning("robots", u, "robots.txt could not be fetched (%v); crawling without it", err)
	}
	if res.status == 404 || res.status == 410 {
		return &robots{}, nil
	}
	if res.status >= 300 {
		return &robots{}, warning("robots", u, "robots.txt answered HTTP %d; crawling without it", res.status)
	}
	return parseRobots(res.body, ua, u)
}

// parseRobots parses a robots.txt body for the given user agent.
func parseRobots(body []byte, ua, where string) (*robots, *rendermap.Warning) {
	data, err := robotstxt.FromBytes(body)
	if err != nil {
		return &robots{}, warning("robots", where, "robots.txt could not be parsed; crawling without it")
	}
	g := data.FindGroup(ua)
	return &robots{found: true, group: g, sitemaps: data.Sitemaps, delay: g.CrawlDelay}, nil
}

func warning(source, u, format string, args ...any) *rendermap.Warning {
	return &rendermap.Warning{Source: source, URL: u, Message: fmt.Sprintf(format, args...)}
}

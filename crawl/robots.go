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
	found       bool
	group       *robotstxt.Group // nil allows everything
	disallowAll bool             // robots.txt was unreachable (RFC 9309 §2.3.1.4)
	sitemaps    []string
	delay       time.Duration
}

// allowed reports whether robots.txt lets us fetch the URL u.
func (r *robots) allowed(u *url.URL) bool {
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.allowedPath(p)
}

// allowedPath is allowed for the path and query of a normalized URL.
func (r *robots) allowedPath(pathQuery string) bool {
	if r != nil && r.disallowAll {
		return false
	}
	return r == nil || r.group == nil || r.group.Test(pathQuery)
}

// fetchRobots reads origin/robots.txt as RFC 9309 §2.3.1 says: a 4xx
// answer means no rules (a warning unless 404 or 410); a 5xx answer or a
// network error, after the fetcher's retries, means everything is
// disallowed; an unparsable file or an unfollowed redirect means no rules,
// with a warning.
func fetchRobots(ctx context.Context, f *fetcher, origin *url.URL, ua string) (*robots, *rendermap.Warning) {
	u := origin.JoinPath("/robots.txt").String()
	res, err := f.get(ctx, origin.Host, u)
	switch {
	case err != nil:
		return unreachableRobots(u, fmt.Sprintf("could not be fetched (%v)", err))
	case res.status >= 500:
		return unreachableRobots(u, fmt.Sprintf("answered HTTP %d", res.status))
	case res.status == 404 || res.status == 410:
		return &robots{}, nil
	case res.status >= 400:
		return &robots{}, warning("robots", u, "robots.txt answered HTTP %d, which RFC 9309 reads as no rules; crawling without it", res.status)
	case res.status >= 300:
		return &robots{}, warning("robots", u, "robots.txt answered HTTP %d; crawling without it", res.status)
	}
	return parseRobots(res.body, ua, u)
}

// unreachableRobots disallows everything but the start URL.
func unreachableRobots(u, why string) (*robots, *rendermap.Warning) {
	return &robots{disallowAll: true}, warning("robots", u,
		"robots.txt %s: RFC 9309 says to treat the site as disallowed, so only the start URL is audited; fix robots.txt or pass --ignore-robots", why)
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

package crawl

import (
	"regexp"
	"strings"
	"testing"
)

// crawlerPatterns are bot patterns from the isbot list (omrilotan/isbot,
// src/patterns.json), the one hosts and frameworks use to spot crawlers,
// restricted to those Go's regexp can compile, plus its lookbehind patterns
// rewritten without the lookbehind.
var crawlerPatterns = []string{
	`bots?(?:\b|_)`, `http`, `crawl`, `spider`, `headless`, `scrape`, `preview`, `fetch`,
	`^[\w \.\-\(?:\):%]+(?:/v?\d+(?:\.\d+)?(?:\.\d{1,10})*?)?(?:,|$)`, `^[^ ]{50,}$`, `^\w+/[\w\(\)]*$`,
	`\.com\b`, `@[a-z][\w-]+\.`, `chrome-lighthouse`, `pagespeed`, `measure`, `audit`, `analyzer`,
	`checker`, `validator`, `monitor`, `synthetic`, `library`, `node`, `python`, `^curl`, `^wget`, `url`,
	`^mozilla/\d\.\d\s[\w\.-]+$`, `tools`, `server`, `proxy`, `inspect`, `capture`, `detect`,
}

func TestDefaultUserAgentIsNotACrawler(t *testing.T) {
	ua := strings.ToLower(DefaultUserAgent())
	for _, p := range crawlerPatterns {
		if regexp.MustCompile(`(?i)` + p).MatchString(ua) {
			t.Errorf("the default User-Agent %q matches the crawler pattern %q: hosts would bypass their cache", DefaultUserAgent(), p)
		}
	}
	if !strings.Contains(ua, RobotsToken+"/") {
		t.Errorf("the default User-Agent %q does not name rendermap", DefaultUserAgent())
	}
	if robotsAgent(DefaultUserAgent()) != RobotsToken || robotsAgent("MyAgent/1") != "MyAgent/1" {
		t.Error("robots.txt groups must be matched by rendermap's token for the default User-Agent only")
	}
	// The patterns do catch crawlers: the old default was one.
	old, caught := "rendermap/dev (+https://github.com/rendermap/rendermap)", false
	for _, p := range crawlerPatterns {
		caught = caught || regexp.MustCompile(`(?i)`+p).MatchString(old)
	}
	if !caught {
		t.Errorf("no crawler pattern catches the old default User-Agent %q", old)
	}
}

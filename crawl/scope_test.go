package crawl

import "testing"

func TestGlobMatch(t *testing.T) {
	cases := []struct {
		glob, path string
		want       bool
	}{
		{"/blog/*", "/blog/a", true},
		{"/blog/*", "/blog/a/b", false},
		{"/blog/**", "/blog/a/b", true},
		{"/blog/**", "/blog", true},
		{"/**/edit", "/a/b/edit", true},
		{"/**/edit", "/a/b/view", false},
		{"/p-[0-9]*", "/p-12", true},
		{"/[", "/[", false},
	}
	for _, c := range cases {
		t.Run(c.glob+" "+c.path, func(t *testing.T) {
			if got := GlobMatch(c.glob, c.path); got != c.want {
				t.Errorf("GlobMatch(%q, %q) = %v", c.glob, c.path, got)
			}
		})
	}
}

func TestMatcher(t *testing.T) {
	m := NewMatcher([]string{"/", "/blog/[slug]", "/blog/tag", "/docs/[...rest]", "/products/[id]/reviews"})
	cases := map[string]string{
		"/":                    "/",
		"/blog/hello":          "/blog/[slug]",
		"/blog/tag":            "/blog/tag",
		"/blog/tag?x=1":        "/blog/tag",
		"/docs/a/b/c":          "/docs/[...rest]",
		"/products/4/reviews":  "/products/[id]/reviews",
		"http://h/blog/x/":     "/blog/[slug]",
		"/products/4":          "",
		"/blog/hello/comments": "",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			got, ok := m.Match(in)
			if got != want || ok != (want != "") {
				t.Errorf("Match(%q) = %q, %v; want %q", in, got, ok, want)
			}
		})
	}
}

func TestParseRobots(t *testing.T) {
	body := "User-agent: *\nDisallow: /private\n\nUser-agent: rendermap\nDisallow: /admin\nAllow: /admin/public\nCrawl-delay: 2\nSitemap: http://h/s.xml\n"
	r, w := parseRobots([]byte(body), robotsAgent(DefaultUserAgent()), "http://h/robots.txt")
	if w != nil {
		t.Fatal(w.Message)
	}
	cases := map[string]bool{"/private": true, "/admin/x": false, "/admin/public/x": true, "/": true}
	for p, want := range cases {
		if got := r.allowed(mustURL(t, "http://h"+p)); got != want {
			t.Errorf("allowed(%s) = %v, want %v (our group overrides *)", p, got, want)
		}
	}
	if r.delay.Seconds() != 2 || len(r.sitemaps) != 1 {
		t.Errorf("delay %v sitemaps %v", r.delay, r.sitemaps)
	}
}

package crawl

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"http://a.com/x?b=1&a=2#f", "HTTPS://A.COM:443/%7e/./../x", "/rel?utm_source=x",
		"http://[::1]:8080/a%2fb", "mailto:x@y", "http://a.com/s?q=a+b&&=", "http://a.com/%zz", "//a.com/x"} {
		f.Add(s)
	}
	base, _ := url.Parse("http://base.example/dir/")
	f.Fuzz(func(t *testing.T, raw string) {
		if fast, ok := normalFast(raw, base); ok {
			if slow, err := normalizeSlow(raw, base); err != nil || slow != fast {
				t.Fatalf("fast path %q, parsing gives %q (%v)", fast, slow, err)
			}
		}
		once, err := Normalize(raw, base)
		if err != nil {
			return
		}
		if !strings.HasPrefix(once, "http://") && !strings.HasPrefix(once, "https://") || strings.Contains(once, "#") {
			t.Fatalf("Normalize(%q) = %q", raw, once)
		}
		twice, err := Normalize(once, nil)
		if err != nil || twice != once {
			t.Fatalf("not idempotent: %q → %q → %q (%v)", raw, once, twice, err)
		}
	})
}

func FuzzInfer(f *testing.F) {
	f.Add("/\n/about\n/products/1\n/products/2/reviews\n/blog/a-b\n/en/x\n/de/x")
	f.Add("/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z?x=1")
	f.Add(strings.Repeat("/c/x\n/c/y\n/c/z\n/c/w\n/c/v\n/c/u\n/c/t\n/c/s\n", 2))
	f.Fuzz(func(t *testing.T, list string) {
		urls := strings.Split(list, "\n")
		groups, idx := InferIndex(urls, []string{"/pinned/[x]"})
		total := 0
		for _, g := range groups {
			total += g.URLs
		}
		if total != len(urls) || len(idx) != len(urls) {
			t.Fatalf("groups hold %d URLs, want %d", total, len(urls))
		}
		for i, u := range urls {
			p, _ := splitURL(u)
			if strings.Contains(p, "//") || strings.ContainsAny(p, "[]") {
				continue
			}
			if !rendermap.MatchPattern(groups[idx[i]].Pattern, p) {
				t.Fatalf("%q assigned to %q", u, groups[idx[i]].Pattern)
			}
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(urlset("http://a/1", "http://a/2")))
	f.Add([]byte(sitemapIndex("http://a/s.xml")))
	f.Add(gzipBytes(f, []byte(urlset("http://a/1"))))
	f.Add([]byte(`<urlset xmlns="x"><url><loc>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		sm, _ := ParseSitemap(bytes.NewReader(body))
		if sm == nil || len(sm.URLs)+len(sm.Sitemaps) > MaxSitemapURLs {
			t.Fatalf("sitemap = %+v", sm)
		}
	})
}

func FuzzRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /private\nCrawl-delay: 1\nSitemap: http://a/s.xml\n", "/private/x")
	f.Add("User-agent: rendermap\nDisallow: /*.php$\nAllow: /", "/a.php")
	f.Add("\x00garbage", "/")
	f.Fuzz(func(t *testing.T, body, path string) {
		r, _ := parseRobots([]byte(body), DefaultUserAgent(), "http://a/robots.txt")
		u, err := url.Parse("http://a" + path)
		if err != nil {
			return
		}
		r.allowed(u)
	})
}

// FuzzListLine: any line of a URL list or access log gives a target that
// is the line itself, or, for a log line, a substring of it.
func FuzzListLine(f *testing.F) {
	for _, s := range []string{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /x?a=1 HTTP/1.1" 200 2326 "-" "ua"`,
		`::1 - - [x] "HEAD http://a.example/ HTTP/2" 304 -`, "/plain", "http://a.example/b", `a b c [d] "e f" 200 1`, "# c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		var l listLines
		target, kind := l.target(line)
		if kind == lineURL && !strings.Contains(line, target) {
			t.Fatalf("target %q is not part of the line %q", target, line)
		}
		if req, ok := parseLogLine(line); ok && (req.status < 0 || req.status > 999 || req.method == "" || req.target == "") {
			t.Fatalf("parseLogLine(%q) = %+v", line, req)
		}
	})
}

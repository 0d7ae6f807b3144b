package crawl

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// testSite is an httptest server with robots.txt, sitemaps of every kind
// of trouble, and a fake browser whose pages link to each other.
type testSite struct {
	srv      *httptest.Server
	files    map[string]func(w http.ResponseWriter, r *http.Request)
	rateHits atomic.Int64
	agents   sync.Map // User-Agent values seen
}

func urlset(locs ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for _, l := range locs {
		fmt.Fprintf(&b, "<url><loc>%s</loc><lastmod>2024-05-01</lastmod></url>", l)
	}
	b.WriteString("</urlset>")
	return b.String()
}

func sitemapIndex(locs ...string) string {
	var b strings.Builder
	b.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for _, l := range locs {
		fmt.Fprintf(&b, "<sitemap><loc>%s</loc></sitemap>", l)
	}
	b.WriteString("</sitemapindex>")
	return b.String()
}

func gzipBytes(t testing.TB, parts ...[]byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	for _, p := range parts {
		if _, err := zw.Write(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var bombOnce = sync.OnceValue(func() []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`))
	blank := bytes.Repeat([]byte(" "), 1<<20)
	for i := 0; i < 6; i++ {
		zw.Write(blank)
	}
	zw.Close()
	return buf.Bytes()
})

func newTestSite(t *testing.T) *testSite {
	s := &testSite{files: map[string]func(http.ResponseWriter, *http.Request){}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.agents.Store(r.Header.Get("User-Agent"), true)
		if h := s.files[r.URL.Path]; h != nil {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *testSite) text(path, body string) {
	s.files[path] = func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) }
}

func (s *testSite) bytes(path string, body []byte) {
	s.files[path] = func(w http.ResponseWriter, r *http.Request) { w.Write(body) }
}

// fullSite serves the troublesome-but-realistic site used by the Discover tests.
func fullSite(t *testing.T) *testSite {
	s := newTestSite(t)
	base := func() string { return s.srv.URL }
	s.files["/robots.txt"] = func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private\nCrawl-delay: 0.01\n\nUser-agent: otherbot\nDisallow: /\n\n"+
			"Sitemap: %[1]s/sitemap_index.xml\nSitemap: %[1]s/missing.xml\nSitemap: %[1]s/broken.xml\n"+
			"Sitemap: %[1]s/wrongns.xml\nSitemap: %[1]s/bomb.xml.gz\nSitemap: %[1]s/rate.xml\n"+
			"Sitemap: http://elsewhere.invalid/sitemap.xml\n", base())
	}
	s.files["/"] = func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "<html>home</html>") }
	s.files["/sitemap_index.xml"] = func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, sitemapIndex(base()+"/sitemap-products.xml.gz", base()+"/sitemap-blog.xml", base()+"/sitemap_index2.xml"))
	}
	s.files["/sitemap_index2.xml"] = func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, sitemapIndex(base()+"/sitemap_index.xml"))
	}
	s.files["/sitemap-products.xml.gz"] = func(w http.ResponseWriter, r *http.Request) {
		var locs []string
		for i := 1; i <= 300; i++ {
			locs = append(locs, fmt.Sprintf("%s/products/%d", base(), i))
		}
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(gzipBytes(t, []byte(urlset(locs...))))
	}
	s.files["/sitemap-blog.xml"] = func(w http.ResponseWriter, r *http.Request) {
		locs := []string{"http://elsewhere.invalid/blog/x", base() + "/private/secret", base() + "/blog?utm_source=feed"}
		for i := 0; i < 20; i++ {
			locs = append(locs, fmt.Sprintf("%s/blog/post-number-%c-of-many", base(), 'a'+i))
		}
		fmt.Fprint(w, urlset(locs...))
	}
	s.text("/broken.xml", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/about</loc></url><url><loc>`)
	s.text("/wrongns.xml", `<urlset xmlns="http://example.com/not-sitemaps"><url><loc>`+"/nope"+`</loc></url></urlset>`)
	s.files["/bomb.xml.gz"] = func(w http.ResponseWriter, r *http.Request) { w.Write(bombOnce()) }
	s.files["/rate.xml"] = func(w http.ResponseWriter, r *http.Request) {
		if s.rateHits.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		fmt.Fprint(w, urlset(base()+"/about"))
	}
	return s
}

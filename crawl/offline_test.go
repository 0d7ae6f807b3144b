package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/synth"
	"github.com/rendermap/rendermap/internal/testkit"
)

// countingTransport refuses every request and counts them.
type countingTransport struct{ n atomic.Int64 }

func (c *countingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	c.n.Add(1)
	return nil, errors.New("no network in this test")
}

// TestDiscoverOffline: with local inputs only, discovery sends no request
// and opens no browser, yet reads the list, a gzip sitemap and the index
// files beside it; a sitemap the index lists that is no local file is
// skipped with a warning.
func TestDiscoverOffline(t *testing.T) {
	dir := t.TempDir()
	writeSitemap(t, filepath.Join(dir, "products.xml.gz"), true, "http://shop.invalid/products/1", "http://shop.invalid/products/2")
	writeSitemap(t, filepath.Join(dir, "blog.xml"), false, "http://shop.invalid/blog/a", "http://shop.invalid/blog/b")
	index := filepath.Join(dir, "index.xml")
	writeFile(t, index, fmt.Sprintf(`<sitemapindex xmlns="%s"><sitemap><loc>http://shop.invalid/sm/products.xml.gz</loc></sitemap>`+
		`<sitemap><loc>http://shop.invalid/blog.xml</loc></sitemap><sitemap><loc>http://shop.invalid/remote.xml</loc></sitemap></sitemapindex>`, SitemapNS))
	tr := &countingTransport{}
	b := &testkit.FakeBrowser{}
	res, err := Discover(context.Background(), Options{
		Start: "http://shop.invalid/", Offline: true, Client: &http.Client{Transport: tr}, Browser: b,
		URLList: strings.NewReader("/about\nhttp://shop.invalid/products/3\n"), SitemapFiles: []string{index},
	})
	if err != nil {
		t.Fatal(err)
	}
	if tr.n.Load() != 0 || b.Sessions() != 0 || b.RenderCount() != 0 {
		t.Errorf("offline discovery sent %d requests and opened %d browser sessions", tr.n.Load(), b.Sessions())
	}
	got := routePages(res)
	want := map[string]string{"/about": "1 urls", "/blog/a": "1 sitemap", "/blog/b": "1 sitemap", "/products/[id]": "2 sitemap"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("routes = %v, want %v", got, want)
	}
	warns := warningText(res)
	if !strings.Contains(warns, "remote.xml sitemap could not be fetched") || !strings.Contains(warns, "offline") {
		t.Errorf("the remote sitemap of the index: warnings %s", warns)
	}
	if len(res.Site.Sitemaps) != 3 || res.Site.RobotsTxt {
		t.Errorf("site = %+v, want 3 local sitemaps read and no robots.txt", res.Site)
	}
}

// TestDiscoverListPastMaxURLs: list URLs past --max-urls are counted per
// pattern and give examples as if all were kept.
func TestDiscoverListPastMaxURLs(t *testing.T) {
	var list strings.Builder
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&list, "/items/%d\n/items/%d\n", i, i) // each twice: counted once
	}
	small, all := discoverList(t, list.String(), 50), discoverList(t, list.String(), 1000)
	items := findRoute(small, "/items/[id]")
	if items.Pages != 400 || items.PagesLowerBound || items.PagesSource != "urls" || small.Site.Truncated || small.Site.URLsDiscovered != 50 {
		t.Errorf("/items/[id] = %d pages (lower bound %v, %s), site %+v; want all 400 counted, 50 kept", items.Pages, items.PagesLowerBound, items.PagesSource, small.Site)
	}
	if ex := findRoute(all, "/items/[id]").Examples; fmt.Sprint(items.Examples) != fmt.Sprint(ex) {
		t.Errorf("examples past the cap %v differ from those of the whole list %v", items.Examples, ex)
	}
	if w := warningText(small); !strings.Contains(w, "350 URLs of the URL list beyond the 50 kept") {
		t.Errorf("no warning with the number counted past the cap:\n%s", w)
	}
}

// TestDiscoverSortedListPastMaxURLs: when list URLs past --max-urls match
// no pattern of the kept ones, as a list sorted by section does, the
// patterns come from every URL, and a pattern with no kept URL is sampled
// from the others.
func TestDiscoverSortedListPastMaxURLs(t *testing.T) {
	var list strings.Builder
	for _, section := range []string{"alpha", "beta", "gamma"} {
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&list, "/%s/%d\n", section, i)
		}
	}
	res := discoverList(t, list.String(), 50)
	got := routePages(res)
	want := map[string]string{"/alpha/[id]": "40 urls", "/beta/[id]": "40 urls", "/gamma/[id]": "40 urls"}
	if fmt.Sprint(got) != fmt.Sprint(want) || len(res.NotAudited) != 0 {
		t.Errorf("routes = %v, not audited %v; want %v", got, res.NotAudited, want)
	}
	if g := findRoute(res, "/gamma/[id]"); len(g.Sample) != 5 {
		t.Errorf("/gamma/[id], all past the cap, sampled %v", g.Sample)
	}
}

func discoverList(t *testing.T, list string, max int) *Result {
	t.Helper()
	res, err := Discover(context.Background(), Options{Start: "http://shop.invalid/", Offline: true,
		URLList: strings.NewReader(list), MaxURLs: max})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestDiscoverListOverflowCut: past 10 × --max-urls, URLs are neither kept
// nor counted, and a warning gives their number.
func TestDiscoverListOverflowCut(t *testing.T) {
	var list strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&list, "/items/%d\n", i)
	}
	res, err := Discover(context.Background(), Options{Start: "http://shop.invalid/", Offline: true,
		URLList: strings.NewReader(list.String()), MaxURLs: 10})
	if err != nil {
		t.Fatal(err)
	}
	items := findRoute(res, "/items/[id]")
	if items.Pages != 110 || !items.PagesLowerBound || !res.Site.Truncated {
		t.Errorf("/items/[id] = %d pages, lower bound %v, truncated %v; want 110, true, true", items.Pages, items.PagesLowerBound, res.Site.Truncated)
	}
	if w := warningText(res); !strings.Contains(w, "190 URLs beyond 10 × --max-urls were neither kept nor counted") {
		t.Errorf("warnings:\n%s", w)
	}
}

// TestDiscoverAccessLog: an access log gives the paths of its page views.
func TestDiscoverAccessLog(t *testing.T) {
	log := strings.Join([]string{
		`203.0.113.9 - - [10/Oct/2024:13:55:36 -0700] "GET /products/1?utm_source=x HTTP/1.1" 200 2326 "-" "Mozilla/5.0"`,
		`203.0.113.9 - - [10/Oct/2024:13:55:37 -0700] "GET /products/2 HTTP/1.1" 304 0`,
		`203.0.113.9 - - [10/Oct/2024:13:55:38 -0700] "HEAD /products/3 HTTP/1.1" 200 0`,
		`203.0.113.9 - - [10/Oct/2024:13:55:39 -0700] "POST /cart HTTP/1.1" 200 12`,
		`203.0.113.9 - - [10/Oct/2024:13:55:40 -0700] "GET /missing HTTP/1.1" 404 12`,
		`203.0.113.9 - - [10/Oct/2024:13:55:41 -0700] "GET /app.css HTTP/1.1" 200 99`,
		`203.0.113.9 - - [10/Oct/2024:13:55:42 -0700] "GET /moved HTTP/1.1" 301 0`,
		`not a log line`,
	}, "\n")
	res, err := Discover(context.Background(), Options{Start: "http://shop.invalid/", Offline: true, URLList: strings.NewReader(log)})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(routePages(res)); got != "map[/products/[id]:3 urls]" {
		t.Errorf("routes = %s, want only the 3 product views", got)
	}
	if w := warningText(res); !strings.Contains(w, "skipped 1 line of the access log not in Common or Combined Log Format") {
		t.Errorf("warnings:\n%s", w)
	}
}

func writeSitemap(t *testing.T, path string, gz bool, locs ...string) {
	t.Helper()
	var b bytes.Buffer
	fmt.Fprintf(&b, `<urlset xmlns="%s">`, SitemapNS)
	for _, l := range locs {
		fmt.Fprintf(&b, "<url><loc>%s</loc></url>", l)
	}
	b.WriteString("</urlset>")
	if gz {
		var z bytes.Buffer
		w := gzip.NewWriter(&z)
		w.Write(b.Bytes())
		w.Close()
		b = z
	}
	writeFile(t, path, b.String())
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// routePages maps each pattern to "PAGES SOURCE".
func routePages(res *Result) map[string]string {
	out := map[string]string{}
	for _, r := range res.Routes {
		out[r.Pattern] = fmt.Sprintf("%d %s", r.Pages, r.PagesSource)
	}
	return out
}

func findRoute(res *Result, pattern string) rendermap.Discovery {
	for _, r := range res.Routes {
		if r.Pattern == pattern {
			return r
		}
	}
	return rendermap.Discovery{}
}

// TestDiscoverListOrderIndependent: a list longer than --max-urls gives
// the same patterns, page counts, examples and query keys in any order:
// shuffled, the kept URLs form every pattern and the rest are counted into
// them; sorted, the rest form patterns the kept ones lack.
func TestDiscoverListOrderIndependent(t *testing.T) {
	var urls []string
	for _, u := range synth.URLs(20_000) {
		urls = append(urls, strings.TrimPrefix(u, synth.Origin))
	}
	summary := func(list []string) string {
		res := discoverList(t, strings.Join(list, "\n"), 2000)
		var b strings.Builder
		for _, r := range res.Routes {
			fmt.Fprintln(&b, r.Pattern, r.Pages, r.PagesSource, r.PagesLowerBound, r.Examples, r.QueryKeys)
		}
		return b.String()
	}
	shuffled := summary(urls)
	sorted := slices.Clone(urls)
	slices.Sort(sorted)
	if got := summary(sorted); got != shuffled {
		t.Errorf("sorted list:\n%s\nshuffled list:\n%s", got, shuffled)
	}
	if !strings.Contains(shuffled, "/products/[id]/reviews") {
		t.Errorf("patterns:\n%s", shuffled)
	}
}

// TestDiscoverListLongLine: a line over 64 KiB is skipped with a warning;
// the lines around it count.
func TestDiscoverListLongLine(t *testing.T) {
	list := "/a\n/" + strings.Repeat("x", maxListLine+10) + "\n/b\n"
	res := discoverList(t, list, 0)
	if got := fmt.Sprint(routePages(res)); got != "map[/a:1 urls /b:1 urls]" {
		t.Errorf("routes = %s", got)
	}
	if w := warningText(res); !strings.Contains(w, "skipped 1 line longer than 65536 bytes") {
		t.Errorf("warnings:\n%s", w)
	}
}

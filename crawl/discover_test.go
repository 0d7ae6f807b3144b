package crawl

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// siteLinks wires the fake browser's pages for fullSite.
func siteLinks(base string) map[string][]string {
	home := []string{base + "/about", base + "/dashboard", base + "/search?q=tent&utm_medium=email",
		base + "/private/x", "http://elsewhere.invalid/", base + "/broken-page", base + "/fails", base + "/#top",
		base + "/sitemap.xml", base + "/logo.PNG", base + "/gone"}
	cats := []string{"tents", "boots", "jackets", "stoves", "lanterns", "packs", "hats", "gloves", "socks", "tarps", "hammocks", "flasks"}
	for _, c := range cats {
		home = append(home, base+"/category/"+c)
	}
	links := map[string][]string{base + "/": home}
	for _, c := range cats {
		links[base+"/category/"+c] = []string{base + "/products/" + fmt.Sprint(290+len(c))}
	}
	for i := 1; i <= 400; i++ {
		links[fmt.Sprintf("%s/products/%d", base, i)] = []string{fmt.Sprintf("%s/products/%d", base, i+1), fmt.Sprintf("%s/products/%d", base, i+100)}
	}
	return links
}

func discoverFull(t *testing.T) (*Result, *testkit.FakeBrowser, *testSite) {
	t.Helper()
	s := fullSite(t)
	b := &testkit.FakeBrowser{Links: siteLinks(s.srv.URL), Status: map[string]int{s.srv.URL + "/broken-page": 500, s.srv.URL + "/gone": 404},
		Fail: map[string]error{s.srv.URL + "/fails": errors.New("boom")}}
	res, err := Discover(context.Background(), Options{Start: s.srv.URL, Browser: b, PerPatternCap: 3, Rate: 1000, Seed: 42})
	if err != nil {
		t.Fatal(err)
	}
	return res, b, s
}

// TestDiscoverSite runs discovery once over fullSite and checks it from
// several sides.
func TestDiscoverSite(t *testing.T) {
	defer withSitemapLimit(1 << 20)()
	res, b, s := discoverFull(t)
	t.Run("routes", func(t *testing.T) { checkRoutes(t, res, b, s) })
	t.Run("warnings", func(t *testing.T) { checkWarnings(t, res, s) })
	t.Run("golden", func(t *testing.T) { checkGolden(t, res, s) })
}

func withSitemapLimit(n int64) func() {
	old := sitemapByteLimit
	sitemapByteLimit = n
	return func() { sitemapByteLimit = old }
}

func checkRoutes(t *testing.T, res *Result, b *testkit.FakeBrowser, s *testSite) {
	base := s.srv.URL
	routes := map[string]rendermap.Discovery{}
	var pats []string
	for _, r := range res.Routes {
		routes[r.Pattern] = r
		pats = append(pats, r.Pattern)
	}
	want := []string{"/", "/about", "/blog", "/blog/[slug]", "/broken-page", "/category/[slug]", "/dashboard", "/fails", "/products/[id]", "/search"}
	if diff := cmp.Diff(want, pats); diff != "" {
		t.Fatalf("patterns (-want +got):\n%s", diff)
	}
	check := func(p string, pages int, src string, inSitemap bool) {
		t.Helper()
		r := routes[p]
		if r.Pages != pages || r.PagesSource != src || r.InSitemap != inSitemap {
			t.Errorf("%s: pages=%d source=%s in_sitemap=%v, want %d %s %v", p, r.Pages, r.PagesSource, r.InSitemap, pages, src, inSitemap)
		}
		if len(r.Sample) == 0 || len(r.Sample) > DefaultSampleSize {
			t.Errorf("%s: sample of %d", p, len(r.Sample))
		}
		for _, su := range r.Sample {
			if !matchURL(p, su.URL) {
				t.Errorf("%s: sampled %s", p, su.URL)
			}
		}
	}
	check("/products/[id]", 300, "sitemap", true)
	check("/blog/[slug]", 20, "sitemap", true)
	check("/blog", 1, "sitemap", true)
	check("/about", 1, "sitemap", true)
	check("/category/[slug]", 12, "discovery", false)
	if q := routes["/search"].QueryKeys; !cmp.Equal(q, []string{"q"}) {
		t.Errorf("/search query keys %v (tracking parameters must be dropped)", q)
	}
	if s := routes["/products/[id]"].Sample; s[0].Lastmod != "2024-05-01T00:00:00Z" {
		t.Errorf("sample lastmod = %q", s[0].Lastmod)
	}
	if res.Site.CrawlDelaySeconds != 0.01 || !res.Site.RobotsTxt {
		t.Errorf("crawl delay %v robots %v", res.Site.CrawlDelaySeconds, res.Site.RobotsTxt)
	}
	for u := range b.Renders() {
		if strings.Contains(u, "/private") || !strings.HasPrefix(u, base) {
			t.Errorf("rendered %s, which robots.txt or scope forbids", u)
		}
	}
	if n := countPrefix(b.Renders(), base+"/products/"); n > 3 {
		t.Errorf("rendered %d product pages, cap is 3", n)
	}
	if s.rateHits.Load() != 2 {
		t.Errorf("rate.xml fetched %d times, want 2 (429 then retry)", s.rateHits.Load())
	}
	if b.Agent() != DefaultUserAgent() {
		t.Errorf("browser user agent %q", b.Agent())
	}
	s.agents.Range(func(k, _ any) bool {
		if k.(string) != DefaultUserAgent() {
			t.Errorf("request with user agent %q", k)
		}
		return true
	})
	if n := res.Site.URLsDiscovered; n != 300+100+20+12+7 {
		t.Logf("discovered %d URLs", n)
	}
}

func countPrefix(m map[string]int, prefix string) int {
	n := 0
	for k := range m {
		if strings.HasPrefix(k, prefix) {
			n++
		}
	}
	return n
}

func checkWarnings(t *testing.T, res *Result, s *testSite) {
	var all []string
	for _, w := range res.Warnings {
		all = append(all, w.Source+" "+strings.ReplaceAll(w.URL, s.srv.URL, "")+" "+w.Message)
	}
	text := strings.Join(all, "\n")
	for _, want := range []string{
		"sitemap /missing.xml sitemap answered HTTP 404",
		"sitemap /broken.xml sitemap is broken",
		"sitemap /broken.xml 1 <loc> entries are not absolute http(s) URLs; skipped",
		"sitemap /wrongns.xml sitemap is broken (sitemap namespace",
		"sitemap /bomb.xml.gz sitemap is broken (sitemap exceeds",
		"sitemap http://elsewhere.invalid/sitemap.xml sitemap is not on the audited origin",
		"sitemap /sitemap_index.xml sitemap listed again by an index",
		"scope  2 URLs on other origins dropped",
		"robots  2 URLs disallowed by robots.txt dropped",
		"crawl /broken-page page answered HTTP 500",
		"crawl /fails render failed: boom",
		"crawl /gone page answered HTTP 404",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("missing warning %q in:\n%s", want, text)
		}
	}
}

func checkGolden(t *testing.T, res *Result, s *testSite) {
	data, err := json.MarshalIndent(struct {
		Site   rendermap.Site
		Routes []routeSummary
	}{res.Site, summarizeRoutes(res.Routes)}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(string(data), s.srv.URL, "http://SITE") + "\n"
	testkit.Golden(t, filepath.Join("testdata", "discover.golden.json"), []byte(got))
}

type routeSummary struct {
	Pattern, PagesSource string
	Pages                int
	LowerBound, Sitemap  bool
	Examples             []string
	Sample               []rendermap.SampleURL
}

func summarizeRoutes(rs []rendermap.Discovery) []routeSummary {
	var out []routeSummary
	for _, r := range rs {
		out = append(out, routeSummary{r.Pattern, r.PagesSource, r.Pages, r.PagesLowerBound, r.InSitemap, r.Examples, r.Sample})
	}
	return out
}

func TestDiscoverBadInput(t *testing.T) {
	closed := newTestSite(t)
	dead := closed.srv.URL
	closed.srv.Close()
	cases := []struct{ name, start, want string }{
		{"bad scheme", "ftp://127.0.0.1/", "scheme"},
		{"malformed", "http://[::1", "start url"},
		{"unreachable", dead, "unreachable"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Discover(context.Background(), Options{Start: c.start})
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to mention %q", err, c.want)
			}
		})
	}
}

func TestDiscoverWithoutRobotsOrSitemap(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	s.text("/robots.txt", "\x00\x01 not robots {{{")
	base := s.srv.URL
	b := &testkit.FakeBrowser{Links: map[string][]string{base + "/": {base + "/a", base + "/b/", base + "/old"}, base + "/a": {base + "/b"}},
		Throttle: map[string]int{base + "/a": 1}, Redirect: map[string]string{base + "/old": base + "/new"}}
	var mu sync.Mutex
	var last Progress
	progress := func(p Progress) {
		mu.Lock()
		defer mu.Unlock()
		last = p
	}
	res, err := Discover(context.Background(), Options{Start: base + "/", Browser: b, Rate: 1000, Progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	if n := b.Renders()[base+"/a"]; n != 2 {
		t.Errorf("/a rendered %d times, want 2 (429 then retry)", n)
	}
	if last.Discovered != 5 || last.Rendered != 4 || last.Patterns != 5 {
		t.Errorf("last progress = %+v, want 5 discovered, 4 rendered, 5 patterns", last)
	}
	if n := b.Renders()[base+"/new"]; n != 0 {
		t.Errorf("/new rendered %d times; the redirect already showed it", n)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Message, "trailing slash") {
		t.Errorf("warnings = %v, want one about /b and /b/", res.Warnings)
	}
	got := patterns(groupsOf(res.Routes))
	if diff := cmp.Diff([]string{"/", "/a", "/b", "/new", "/old"}, got); diff != "" {
		t.Errorf("patterns (-want +got):\n%s", diff)
	}
	if res.Routes[0].PagesSource != "discovery" {
		t.Errorf("source = %s", res.Routes[0].PagesSource)
	}
}

func groupsOf(rs []rendermap.Discovery) []Group {
	var out []Group
	for _, r := range rs {
		out = append(out, Group{Pattern: r.Pattern})
	}
	return out
}

func TestDiscoverURLListAndLimits(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	s.text("/robots.txt", "User-agent: rendermap\nDisallow: /admin\n")
	var list []string
	for i := 0; i < 30; i++ {
		list = append(list, fmt.Sprintf("/items/%d", i))
	}
	list = append(list, "/admin/x", "mailto:a@b.c")
	res, err := Discover(context.Background(), Options{Start: s.srv.URL, URLs: list, MaxURLs: 20, NoSitemaps: true, Rate: 1000})
	if err != nil {
		t.Fatal(err)
	}
	if res.Site.Truncated || res.Site.URLsDiscovered != 20 {
		t.Errorf("truncated=%v discovered=%d, want false 20: list URLs past --max-urls are counted, not cut", res.Site.Truncated, res.Site.URLsDiscovered)
	}
	var items rendermap.Discovery
	for _, r := range res.Routes {
		if r.Pattern == "/items/[id]" {
			items = r
		}
	}
	if items.PagesSource != "urls" || items.PagesLowerBound || items.Pages != 30 {
		t.Errorf("items route = %+v", items)
	}
	var msgs []string
	for _, w := range res.Warnings {
		msgs = append(msgs, w.Message)
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{"disallowed by robots.txt; skipped", "not a valid http(s) URL", "11 URLs of the URL list beyond the 20 kept"} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing warning %q in %s", want, joined)
		}
	}
}

func TestDiscoverTimeout(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	base := s.srv.URL
	links := map[string][]string{}
	for i := 0; i < 1000; i++ {
		links[fmt.Sprintf("%s/p%d/x", base, i)] = []string{fmt.Sprintf("%s/p%d/x", base, i+1)}
	}
	links[base+"/"] = []string{base + "/p0/x"}
	b := &testkit.FakeBrowser{Links: links}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	res, err := Discover(ctx, Options{Start: base, Browser: b, Rate: 20, MaxDepth: 1000, NoSitemaps: true})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Site.Truncated || res.Site.URLsDiscovered == 0 || res.Site.URLsDiscovered > 100 {
		t.Errorf("site = %+v, want a truncated partial result", res.Site)
	}
}

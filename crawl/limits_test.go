package crawl

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap/internal/testkit"
)

// TestDiscoverTrap: a calendar whose every page links to 200 new months
// must not take more than MaxPerPattern URLs nor PerPatternCap renders.
func TestDiscoverTrap(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	base := s.srv.URL
	links := map[string][]string{base + "/": {base + "/cal?m=0", base + "/about"}}
	for m := 0; m < 2000; m++ {
		for k := 1; k <= 200; k++ {
			links[fmt.Sprintf("%s/cal?m=%d", base, m)] = append(links[fmt.Sprintf("%s/cal?m=%d", base, m)], fmt.Sprintf("%s/cal?m=%d", base, m+k))
		}
	}
	b := &testkit.FakeBrowser{Links: links}
	res, err := Discover(context.Background(), Options{Start: base, Browser: b, Rate: 1000, NoSitemaps: true,
		MaxDepth: 10, PerPatternCap: 4, MaxPerPattern: 100})
	if err != nil {
		t.Fatal(err)
	}
	var cal int
	for _, r := range res.Routes {
		if r.Pattern == "/cal" {
			cal = r.Pages
			if !r.PagesLowerBound {
				t.Error("/cal should be a lower bound")
			}
		}
	}
	if cal == 0 || cal > 100 {
		t.Errorf("/cal holds %d URLs, want 1..100", cal)
	}
	if n := countPrefix(b.Renders(), base+"/cal"); n > 4 {
		t.Errorf("rendered %d calendar pages, cap is 4", n)
	}
	if !res.Site.Truncated {
		t.Error("site should be marked truncated")
	}
	found := false
	for _, w := range res.Warnings {
		found = found || strings.Contains(w.Message, "pattern /cal reached 100 URLs")
	}
	if !found {
		t.Errorf("no trap warning in %v", res.Warnings)
	}
}

func TestDiscoverScope(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	list := []string{"/items/1", "/items/secret-1", "/blog/x", "http://other.invalid/items/2", "http://third.invalid/items/3"}
	res, err := Discover(context.Background(), Options{Start: s.srv.URL, URLs: list, NoSitemaps: true, Rate: 1000,
		Include: []string{"/items/**"}, Exclude: []string{"/items/secret*"}, AllowOrigins: []string{"HTTP://Other.invalid:80"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res.Routes {
		got = append(got, r.Examples...)
	}
	want := []string{s.srv.URL + "/items/1", "http://other.invalid/items/2"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kept URLs (-want +got):\n%s", diff)
	}
	for _, w := range []string{"2 URLs outside --include/--exclude dropped", "1 URL on other origins dropped"} {
		if !hasWarning(res.Warnings, "scope", w) {
			t.Errorf("no scope warning %q in %+v", w, res.Warnings)
		}
	}
}

// TestDiscoverRobotsOwnOriginOnly: the start origin's robots.txt does not
// judge URLs on another allowed origin, and a dropped link counts once
// however many pages carry it.
func TestDiscoverRobotsOwnOriginOnly(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	s.text("/robots.txt", "User-agent: *\nDisallow: /private\n")
	base := s.srv.URL
	b := &testkit.FakeBrowser{Links: map[string][]string{
		base + "/":  {base + "/a", base + "/b", base + "/private/x"},
		base + "/a": {base + "/private/x"}, base + "/b": {base + "/private/x"},
	}}
	res, err := Discover(context.Background(), Options{Start: base + "/", Browser: b, Rate: 1000, NoSitemaps: true,
		URLs: []string{"http://other.invalid/private/y"}, AllowOrigins: []string{"http://other.invalid"}})
	if err != nil {
		t.Fatal(err)
	}
	kept := false
	for _, r := range res.Routes {
		kept = kept || slices.Contains(r.Examples, "http://other.invalid/private/y")
	}
	if !kept {
		t.Errorf("a URL on another allowed origin was judged by this origin's robots.txt: %+v", res.Warnings)
	}
	if !hasWarning(res.Warnings, "robots", "1 URL disallowed by robots.txt") {
		t.Errorf("a link on three pages should count once: %+v", res.Warnings)
	}
}

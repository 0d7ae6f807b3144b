package crawl

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// TestRobotsStatusRFC9309: a 5xx robots.txt disallows everything but the
// start URL, a 4xx one means no rules, and NoRobots ignores either.
func TestRobotsStatusRFC9309(t *testing.T) {
	cases := []struct {
		name      string
		status    int
		noRobots  bool
		wantURLs  int // start, /a from a link, /listed from the sitemap
		wantWarn  string
		rendersOK bool
	}{
		{"503 disallows all", http.StatusServiceUnavailable, false, 1, "RFC 9309 says to treat the site as disallowed", false},
		{"403 means no rules", http.StatusForbidden, false, 3, "RFC 9309 reads as no rules", true},
		{"404 means no rules, silently", http.StatusNotFound, false, 3, "", true},
		{"503 with NoRobots", http.StatusServiceUnavailable, true, 3, "", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestSite(t)
			s.text("/", "home")
			s.files["/robots.txt"] = func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", "0")
				http.Error(w, "no", tc.status)
			}
			base := s.srv.URL
			s.text("/sitemap.xml", `<urlset xmlns="`+SitemapNS+`"><url><loc>`+base+`/listed</loc></url></urlset>`)
			b := &testkit.FakeBrowser{Links: map[string][]string{base + "/": {base + "/a"}}}
			res, err := Discover(context.Background(), Options{Start: base + "/", Browser: b, Rate: 1000, NoRobots: tc.noRobots})
			if err != nil {
				t.Fatal(err)
			}
			if res.Site.URLsDiscovered != tc.wantURLs {
				t.Errorf("%d URLs kept, want %d: %+v", res.Site.URLsDiscovered, tc.wantURLs, res.Routes)
			}
			if got := b.Renders()[base+"/"] > 0; got != tc.rendersOK {
				t.Errorf("start page rendered: %v, want %v", got, tc.rendersOK)
			}
			var robotsWarnings []string
			for _, w := range res.Warnings {
				if w.Source == "robots" {
					robotsWarnings = append(robotsWarnings, w.Message)
				}
			}
			joined := strings.Join(robotsWarnings, "\n")
			if tc.wantWarn == "" && strings.Contains(joined, "robots.txt") || tc.wantWarn != "" && !strings.Contains(joined, tc.wantWarn) {
				t.Errorf("robots warnings %q, want %q", joined, tc.wantWarn)
			}
		})
	}
}

package crawl

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// TestHostileBounds covers the bounds added against hostile sites: links
// per page, renders that end on another origin, and HTTP redirects to
// another origin, which the default client never follows.
func TestHostileBounds(t *testing.T) {
	var otherHits atomic.Int64
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { otherHits.Add(1) }))
	defer other.Close()
	s := newTestSite(t)
	s.text("/", "home")
	s.files["/sitemap.xml"] = func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other.URL+"/sitemap.xml", http.StatusFound)
	}
	base := s.srv.URL
	var many []string
	for i := range 50 {
		many = append(many, fmt.Sprintf("%s/p%d", base, i))
	}
	b := &testkit.FakeBrowser{Links: map[string][]string{base + "/": append([]string{base + "/away"}, many...)},
		Redirect: map[string]string{base + "/away": other.URL + "/stolen"}}
	res, err := Discover(context.Background(), Options{Start: base, Browser: b, Rate: 1000, MaxLinksPerPage: 10, MaxDepth: 2})
	if err != nil {
		t.Fatal(err)
	}
	msgs := warningText(res)
	cases := []struct{ name, want string }{
		{"links per page", "page has 51 links; only the first 10 were taken"},
		{"render ends on another origin", "redirected to another origin (" + other.URL + "); not followed"},
		{"http redirect to another origin", "not following a redirect to another origin"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(msgs, c.want) {
				t.Errorf("no warning %q in:\n%s", c.want, msgs)
			}
		})
	}
	if n := res.Site.URLsDiscovered; n > 11 {
		t.Errorf("discovered %d URLs, want at most 11 (start + 10 links)", n)
	}
	if n := otherHits.Load(); n != 0 {
		t.Errorf("the other origin got %d HTTP requests", n)
	}
}

func warningText(res *Result) string {
	var b strings.Builder
	for _, w := range res.Warnings {
		fmt.Fprintf(&b, "%s %s\n", w.URL, w.Message)
	}
	return b.String()
}

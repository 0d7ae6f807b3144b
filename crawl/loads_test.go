package crawl

import (
	"context"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// TestDiscoverKeepsLoads: with Options.Loads set, discovery keeps each page
// it rendered without error, without its links, for measuring to compare;
// a page that answered an error status is not kept.
func TestDiscoverKeepsLoads(t *testing.T) {
	s := newTestSite(t)
	s.text("/", "home")
	base := s.srv.URL
	b := &testkit.FakeBrowser{Links: map[string][]string{base + "/": {base + "/a", base + "/gone"}},
		Status: map[string]int{base + "/gone": 404}}
	loads := rendermap.NewLoads()
	if _, err := Discover(context.Background(), Options{Start: base + "/", Browser: b, Rate: 1000, Loads: loads}); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{base + "/", base + "/a"} {
		r := loads.Get(u)
		if r == nil {
			t.Errorf("%s: no load kept", u)
			continue
		}
		if r.Status != 200 || r.Links != nil {
			t.Errorf("%s: kept status %d with %d links, want 200 and no links", u, r.Status, len(r.Links))
		}
	}
	if r := loads.Get(base + "/gone"); r != nil {
		t.Errorf("/gone (404) kept: %+v", r)
	}
}

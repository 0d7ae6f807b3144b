package audit

import (
	"testing"

	"github.com/rendermap/rendermap"
)

// TestMeasured: a route counts as measured when it has pages and none was
// cut short by a stop; a page's own error (a 404, a timeout before the
// stop) is data, not a reason to measure again.
func TestMeasured(t *testing.T) {
	route := func(pages ...rendermap.PageResult) rendermap.Route {
		var r rendermap.Route
		r.Evidence.Pages = pages
		return r
	}
	for _, c := range []struct {
		name string
		r    rendermap.Route
		want bool
	}{
		{"no pages", route(), false},
		{"all fine", route(rendermap.PageResult{URL: "/a"}, rendermap.PageResult{URL: "/b"}), true},
		{"own error", route(rendermap.PageResult{URL: "/a", Error: "status 404"}), true},
		{"own timeout", route(rendermap.PageResult{URL: "/a", Error: "render /a: context deadline exceeded"}), true},
		{"cut short", route(rendermap.PageResult{URL: "/a"}, rendermap.PageResult{URL: "/b", Error: "context canceled", Interrupted: true}), false},
		{"cut short without error", route(rendermap.PageResult{URL: "/a", Interrupted: true}), false},
	} {
		if got := measured(c.r); got != c.want {
			t.Errorf("%s: measured = %v, want %v", c.name, got, c.want)
		}
	}
}

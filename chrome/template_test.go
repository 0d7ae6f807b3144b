package chrome

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"github.com/rendermap/rendermap"
)

// templatePages are small pages for the fingerprint: two articles that
// differ in text only, a product page, and pages exposing route data.
var templatePages = map[string]string{
	"/a":       `<main class="doc"><h1 class="t">Alpha</h1><p>One text.</p></main>`,
	"/b":       `<main class="doc"><h1 class="t">Beta, much longer title</h1><p>Another text entirely.</p></main>`,
	"/product": `<main class="shop"><div class="gallery"><img></div><form class="buy"><button>Buy</button></form></main>`,
	"/next":    `<div id="__next"><p>x</p></div><script>window.__NEXT_DATA__ = {page: "/guides/[...slug]", props: {}}</script>`,
	"/nuxt":    `<div id="__nuxt"><p>x</p></div><script>document.getElementById('__nuxt').__vue_app__ = {config: {globalProperties: {$route: {matched: [{path: '/g/:slug(.*)*'}]}}}}</script>`,
	"/svelte":  `<div><p>x</p><script>{ kit.start(app, element, {\n node_ids: [0, 3],\n data: [] }) }</script></div>`,
	"/trap":    `<p>x</p><script>Object.defineProperty(window, '__NEXT_DATA__', {get() { throw new Error('no') }})</script>`,
}

func renderTemplates(t *testing.T) map[string]*rendermap.Rendered {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<!doctype html><title>t</title><body>"+templatePages[r.URL.Path]+"</body>")
	}))
	defer srv.Close()
	s, err := Harness(t).NewSession(context.Background(), rendermap.SessionOptions{Fingerprint: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := map[string]*rendermap.Rendered{}
	for p := range templatePages {
		r, err := s.Render(context.Background(), srv.URL+p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out[p] = r
	}
	return out
}

func TestTemplateFingerprint(t *testing.T) {
	got := renderTemplates(t)
	a, b, prod := got["/a"].Template, got["/b"].Template, got["/product"].Template
	if len(a) == 0 || !slices.IsSorted(a) {
		t.Fatalf("fingerprint %v: want sorted hashes", a)
	}
	if !slices.Equal(a, b) {
		t.Errorf("pages differing in text only have different fingerprints:\n%v\n%v", a, b)
	}
	if slices.Equal(a, prod) {
		t.Error("pages of different structure have one fingerprint")
	}
	for _, h := range a {
		if h&1 == 1 && !slices.Contains(a, h&^1) {
			t.Errorf("classed path %d without its path among all paths", h)
		}
	}
}

func TestTemplateRouteData(t *testing.T) {
	got := renderTemplates(t)
	want := map[string][2]string{
		"/next":   {"next", "/guides/[...slug]"},
		"/nuxt":   {"nuxt", "/g/:slug(.*)*"},
		"/svelte": {"sveltekit", "node_ids [0,3]"},
		"/trap":   {"", ""},
		"/a":      {"", ""},
	}
	for p, w := range want {
		if r := got[p]; r.Framework != w[0] || r.RouteID != w[1] {
			t.Errorf("%s: framework %q route %q, want %q %q", p, r.Framework, r.RouteID, w[0], w[1])
		}
	}
	if len(got["/trap"].Template) == 0 {
		t.Error("a page whose route data throws lost its fingerprint")
	}
}

package crawl

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap/internal/testkit"
)

// layout are the path hashes every synthetic page shares (header, footer).
const layoutPaths = 20

// tplPage is the evidence of a page of template t; v varies its content a
// little, as pages of one template do.
func tplPage(t, v int) pageEvidence {
	var all []uint32
	for i := 0; i < layoutPaths; i++ {
		all = append(all, uint32(2*i))
	}
	for i := 0; i < 40; i++ {
		all = append(all, uint32(t*10000+2*i))
	}
	all = append(all, uint32(t*10000+5000+2*v))
	slices.Sort(all)
	return pageEvidence{all: all}
}

// refined infers groups over paths, refines them with evidence (path →
// page) and returns pattern → URL count and pattern → grouping "by".
func refined(t *testing.T, paths []string, pinned []string, ev map[string]pageEvidence) (map[string]int, map[string]string) {
	t.Helper()
	urls := make([]string, len(paths))
	pages := map[string]pageEvidence{}
	for i, p := range paths {
		urls[i] = "https://x.example" + p
		if e, ok := ev[p]; ok {
			pages[urls[i]] = e
		}
	}
	groups, idx := InferIndex(urls, pinned)
	groups, idx = refine(urls, groups, idx, pages)
	counts, by := map[string]int{}, map[string]string{}
	for _, g := range groups {
		counts[g.Pattern], by[g.Pattern] = g.URLs, g.Grouping.By+"/"+g.Grouping.Confidence
	}
	for i, u := range urls {
		if !matchURL(groups[idx[i]].Pattern, u) {
			t.Errorf("%s assigned to %s, which does not match it", u, groups[idx[i]].Pattern)
		}
	}
	return counts, by
}

// guideSite is /guides with an index page (template 1) and 6 sections of
// 5 pages, each section with an overview page, all on template 2.
func guideSite() ([]string, map[string]pageEvidence) {
	paths := []string{"/guides"}
	ev := map[string]pageEvidence{"/guides": tplPage(1, 0)}
	for s := 0; s < 6; s++ {
		sec := fmt.Sprintf("/guides/section-%c", 'a'+s)
		paths = append(paths, sec)
		ev[sec] = tplPage(2, s)
		for p := 0; p < 5; p++ {
			u := fmt.Sprintf("%s/page-%c%d", sec, 'a'+s, p)
			paths = append(paths, u)
			ev[u] = tplPage(2, s*5+p)
		}
	}
	return paths, ev
}

func TestRefineMergesOneTemplateIntoCatchAll(t *testing.T) {
	paths, ev := guideSite()
	before := Infer(paths, nil)
	if len(before) != 37 {
		t.Fatalf("URL shape alone gave %d patterns, want 37 (the case refinement exists for)", len(before))
	}
	counts, by := refined(t, paths, nil, ev)
	want := map[string]int{"/guides": 1, "/guides/[...slug]": 36}
	if d := cmp.Diff(want, counts); d != "" {
		t.Errorf("patterns (-want +got):\n%s", d)
	}
	if by["/guides/[...slug]"] != "template/high" {
		t.Errorf("grouping %s, want template/high", by["/guides/[...slug]"])
	}
}

func TestRefineMergesLeavesIntoSlug(t *testing.T) {
	paths := []string{"/docs/install", "/docs/faq", "/docs/upgrade", "/docs/search"}
	ev := map[string]pageEvidence{"/docs/install": tplPage(2, 1), "/docs/faq": tplPage(2, 2), "/docs/upgrade": tplPage(2, 3), "/docs/search": tplPage(3, 0)}
	counts, by := refined(t, paths, nil, ev)
	want := map[string]int{"/docs/[slug]": 3, "/docs/search": 1}
	if d := cmp.Diff(want, counts); d != "" {
		t.Errorf("patterns (-want +got):\n%s", d)
	}
	if by["/docs/search"] != "url/medium" {
		t.Errorf("/docs/search grouping %s", by["/docs/search"])
	}
}

func TestRefineNeedsEnoughPages(t *testing.T) {
	paths := []string{"/legal/terms", "/legal/privacy", "/legal/imprint"}
	ev := map[string]pageEvidence{"/legal/terms": tplPage(2, 1), "/legal/privacy": tplPage(2, 2)}
	counts, _ := refined(t, paths, nil, ev)
	if len(counts) != 3 {
		t.Errorf("two rendered pages (fewer than MinTemplatePages) merged patterns: %v", counts)
	}
}

// catalog is /catalog/X: 9 products on template 4 and 3 collections on
// template 5, which URL shape puts in one [slug].
func catalog() ([]string, map[string]pageEvidence) {
	var paths []string
	ev := map[string]pageEvidence{}
	for i := 0; i < 9; i++ {
		p := fmt.Sprintf("/catalog/product-%c", 'a'+i)
		paths, ev[p] = append(paths, p), tplPage(4, i)
	}
	for _, c := range []string{"summer", "winter", "sale"} {
		p := "/catalog/" + c
		paths, ev[p] = append(paths, p), tplPage(5, 0)
	}
	return paths, ev
}

func TestRefineSplitsOtherTemplate(t *testing.T) {
	paths, ev := catalog()
	counts, by := refined(t, paths, nil, ev)
	want := map[string]int{"/catalog/[slug]": 9, "/catalog/sale": 1, "/catalog/summer": 1, "/catalog/winter": 1}
	if d := cmp.Diff(want, counts); d != "" {
		t.Errorf("patterns (-want +got):\n%s", d)
	}
	if by["/catalog/sale"] != "template/medium" || by["/catalog/[slug]"] != "url/medium" {
		t.Errorf("groupings %v", by)
	}
}

func TestRefineKeepsUnclearGroupWhole(t *testing.T) {
	paths, ev := catalog()
	for i := 0; i < 3; i++ { // as many collections as products rendered: no majority
		delete(ev, fmt.Sprintf("/catalog/product-%c", 'a'+i))
	}
	for i := 3; i < 6; i++ {
		delete(ev, fmt.Sprintf("/catalog/product-%c", 'a'+i))
	}
	counts, by := refined(t, paths, nil, ev)
	if counts["/catalog/[slug]"] != 12 || by["/catalog/[slug]"] != "url/low" {
		t.Errorf("patterns %v, groupings %v; want /catalog/[slug] whole with low confidence", counts, by)
	}
}

func TestRefineFrameworkRoutes(t *testing.T) {
	next := func(id string) pageEvidence { e := tplPage(7, len(id)); e.framework, e.routeID = "next", id; return e }
	paths := []string{"/kb/a/x", "/kb/a/y", "/kb/b/z", "/kb/c/unrendered", "/p/1", "/p/2", "/p/new"}
	ev := map[string]pageEvidence{"/kb/a/x": next("/kb/[...slug]"), "/kb/a/y": next("/kb/[...slug]"), "/kb/b/z": next("/kb/[...slug]"),
		"/p/1": next("/p/[pid]"), "/p/new": next("/p/new")}
	counts, by := refined(t, paths, nil, ev)
	want := map[string]int{"/kb/[...slug]": 4, "/p/[pid]": 2, "/p/new": 1}
	if d := cmp.Diff(want, counts); d != "" {
		t.Errorf("patterns (-want +got):\n%s", d)
	}
	if by["/kb/[...slug]"] != "framework/high" || by["/p/[pid]"] != "framework/high" {
		t.Errorf("groupings %v", by)
	}
}

func TestRefinePinnedWins(t *testing.T) {
	paths, ev := guideSite()
	counts, by := refined(t, paths, []string{"/guides/[section]/[page]"}, ev)
	if counts["/guides/[section]/[page]"] != 30 || by["/guides/[section]/[page]"] != "pinned/high" {
		t.Errorf("pinned pattern: %d URLs, grouping %s; all: %v", counts["/guides/[section]/[page]"], by["/guides/[section]/[page]"], counts)
	}
	if _, ok := counts["/guides/[...slug]"]; ok {
		t.Errorf("a template pattern took URLs of a pinned one: %v", counts)
	}
}

// TestRefineKeepsRoutersConsistent: /x/a, /x/b and /x/c share a template,
// but /x/[slug] would sit beside /x/[id], and a router could not tell the
// two apart; they stay literal.
func TestRefineKeepsRoutersConsistent(t *testing.T) {
	paths := []string{"/x/a", "/x/b", "/x/c", "/x/1", "/x/2"}
	ev := map[string]pageEvidence{"/x/a": tplPage(2, 1), "/x/b": tplPage(2, 2), "/x/c": tplPage(2, 3), "/x/1": tplPage(3, 0)}
	counts, _ := refined(t, paths, nil, ev)
	want := map[string]int{"/x/[id]": 2, "/x/a": 1, "/x/b": 1, "/x/c": 1}
	if d := cmp.Diff(want, counts); d != "" {
		t.Errorf("patterns (-want +got):\n%s", d)
	}
}

func TestRefineWithoutEvidence(t *testing.T) {
	paths, _ := guideSite()
	counts, by := refined(t, paths, nil, nil)
	if len(counts) != 37 {
		t.Errorf("%d patterns without rendered pages, want the 37 of URL shape", len(counts))
	}
	for p, b := range by {
		if b != "url/medium" {
			t.Errorf("%s: grouping %s, want url/medium", p, b)
		}
	}
}

func TestMergedPattern(t *testing.T) {
	cases := []struct {
		prefix   []string
		catchAll bool
		want     string
	}{
		{[]string{"guides"}, true, "/guides/[...slug]"},
		{[]string{"docs"}, false, "/docs/[slug]"},
		{[]string{"u", "[slug]"}, true, "/u/[slug]/[...slug2]"},
		{[]string{"u", "[slug]", "x", "[slug2]"}, false, "/u/[slug]/x/[slug2]/[slug3]"},
	}
	for _, tc := range cases {
		if got := mergedPattern(tc.prefix, tc.catchAll); got != tc.want {
			t.Errorf("mergedPattern(%q, %v) = %s, want %s", tc.prefix, tc.catchAll, got, tc.want)
		}
	}
}

// TestDiscoverNotAudited: URLs kept out by robots.txt, --exclude and 404
// answers are named by pattern.
func TestDiscoverNotAudited(t *testing.T) {
	defer withSitemapLimit(1 << 20)()
	s := fullSite(t)
	b := &testkit.FakeBrowser{Links: siteLinks(s.srv.URL), Status: map[string]int{s.srv.URL + "/gone": 404}}
	res, err := Discover(context.Background(), Options{Start: s.srv.URL, Browser: b, PerPatternCap: 3, Rate: 1000,
		Exclude: []string{"/blog/**"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, u := range res.NotAudited {
		got[u.Pattern] = fmt.Sprintf("%s %d", u.Reason, u.URLs)
	}
	want := map[string]string{"/blog": "scope 1", "/blog/[slug]": "scope 20", "/gone": "error 1", "/private/[...path]": "robots 2"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("not audited (-want +got):\n%s", d)
	}
}

func TestHasParam(t *testing.T) {
	for pattern, want := range map[string]bool{
		"/products/[id]": true, "/docs/[...path]": true, "/[[lang]]/about": true,
		"/about": false, "/wiki/a[0]": false, "/post-[id]": false, "/": false,
	} {
		if got := hasParam(pattern); got != want {
			t.Errorf("hasParam(%q) = %v, want %v", pattern, got, want)
		}
	}
}

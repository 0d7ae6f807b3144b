package crawl

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// demoURLs mirrors the shape of the embedded demo site (package fixtures).
func demoURLs() []string {
	base := "http://127.0.0.1:8080"
	urls := []string{base + "/", base + "/about", base + "/account", base + "/blog",
		base + "/dashboard", base + "/search?q=tent", base + "/search?q=boot"}
	verbs := []string{"wax", "patch", "pack", "clean", "dry", "store", "fold", "choose", "repair", "layer"}
	nouns := []string{"canvas-jacket", "wool-scarf", "down-bedroll", "leather-boot", "tweed-hat", "nylon-tent",
		"linen-shirt", "suede-glove", "waxed-tarp", "felted-mitten", "ripstop-poncho", "cotton-sock"}
	for i := 0; i < 120; i++ {
		urls = append(urls, base+"/blog/how-to-"+verbs[i%10]+"-a-"+nouns[i/10])
	}
	cats := []string{"tents", "boots", "jackets", "stoves", "lanterns", "packs", "hats", "gloves",
		"socks", "tarps", "hammocks", "flasks"}
	for _, c := range cats {
		urls = append(urls, base+"/category/"+c)
	}
	for id := 1; id <= 2000; id++ {
		urls = append(urls, base+"/products/"+strconv.Itoa(id))
	}
	return urls
}

func patterns(groups []Group) []string {
	var out []string
	for _, g := range groups {
		out = append(out, g.Pattern)
	}
	return out
}

func TestInferDemoSite(t *testing.T) {
	groups := Infer(demoURLs(), nil)
	want := []string{"/", "/about", "/account", "/blog", "/blog/[slug]", "/category/[slug]",
		"/dashboard", "/products/[id]", "/search"}
	if diff := cmp.Diff(want, patterns(groups)); diff != "" {
		t.Fatalf("patterns (-want +got):\n%s", diff)
	}
	counts := map[string]int{}
	for _, g := range groups {
		counts[g.Pattern] = g.URLs
		if len(g.Examples) == 0 || len(g.Examples) > maxExamples || !slices.IsSorted(g.Examples) {
			t.Errorf("%s: examples %v", g.Pattern, g.Examples)
		}
	}
	for p, n := range map[string]int{"/blog/[slug]": 120, "/category/[slug]": 12, "/products/[id]": 2000, "/search": 2} {
		if counts[p] != n {
			t.Errorf("%s holds %d URLs, want %d", p, counts[p], n)
		}
	}
	if q := groups[len(groups)-1].QueryKeys; !slices.Equal(q, []string{"q"}) {
		t.Errorf("/search query keys = %v, want [q]", q)
	}
}

func TestInferRules(t *testing.T) {
	cases := []struct {
		name string
		urls []string
		want []string
	}{
		{"few docs stay literal", []string{"/docs/getting-started", "/docs/install", "/docs/faq"},
			[]string{"/docs/faq", "/docs/getting-started", "/docs/install"}},
		{"nested template", []string{"/products/1/reviews", "/products/2/reviews", "/products/3"},
			[]string{"/products/[id]", "/products/[id]/reviews"}},
		{"uuid hash date", []string{"/o/123e4567-e89b-12d3-a456-426614174000", "/c/9f86d081884c7d65", "/d/2024-05-01"},
			[]string{"/c/[hash]", "/d/[date]", "/o/[uuid]"}},
		{"two ids get suffixed", []string{"/17/342/a", "/23/5/b"}, []string{"/[id]/[id2]/a", "/[id]/[id2]/b"}},
		{"split dates", []string{"/2024/05/17/a", "/2023/11/02/b", "/2024/05/c"},
			[]string{"/[year]/[month]/[day]/a", "/[year]/[month]/[day]/b", "/[year]/[month]/c"}},
		{"not split dates", []string{"/2024/13/a", "/1850/05/b", "/2024/5/c", "/2024/05"},
			[]string{"/[id]/[id2]/a", "/[id]/[id2]/b", "/[id]/[id2]/c", "/[year]/[month]"}},
		{"locales mirror", []string{"/en/about", "/de/about", "/fr-ca/about"}, []string{"/[lang]/about"}},
		{"lone locale literal", []string{"/id/x", "/my/y"}, []string{"/id/x", "/my/y"}},
		{"deep trap folds", []string{"/" + repeat("a/", 30)}, []string{"/" + repeat("a/", maxSegments) + "/[...rest]"}},
		{"internal slugs", seq("/user/u%d/posts", 9), []string{"/user/[slug]/posts"}},
		{"literal among slugs", append(seq("/blog/post-%d-x", 9), "/blog/tag/a"),
			[]string{"/blog/[slug]", "/blog/tag/a"}},
		{"mixed shapes together", append(seq("/category/c%d", 7), seq("/category/p%d/page/2", 5)...),
			[]string{"/category/[slug]", "/category/[slug]/page/[id]"}},
		{"top level stays literal", seq("/section%c", 12), seq("/section%c", 12)},
		{"top level many", seq("/page-%d-x", 40), []string{"/[slug]"}},
		{"trailing slash same", []string{"/a/", "/a"}, []string{"/a"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := patterns(Infer(c.urls, nil))
			want := slices.Clone(c.want)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func seq(format string, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		if format[len(format)-1] == 'c' {
			out = append(out, fmt.Sprintf(format, 'a'+i))
		} else {
			out = append(out, fmt.Sprintf(format, i))
		}
	}
	return out
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out[:len(out)-1]
}

func TestInferPinned(t *testing.T) {
	urls := []string{"/shop/tents/a", "/shop/tents/b", "/shop/boots/c", "/shop/sale", "/about"}
	groups := Infer(urls, []string{"/shop/[category]/[item]", "shop/sale/", "/never/[x]"})
	got := map[string]Group{}
	for _, g := range groups {
		got[g.Pattern] = g
	}
	if g := got["/shop/[category]/[item]"]; g.URLs != 3 || !g.Pinned {
		t.Errorf("pinned group = %+v", g)
	}
	if g := got["/shop/sale"]; g.URLs != 1 || !g.Pinned {
		t.Errorf("pinned literal = %+v", g)
	}
	if g, ok := got["/never/[x]"]; !ok || g.URLs != 0 {
		t.Errorf("empty pinned pattern should be listed with 0 URLs: %+v", g)
	}
	if g := got["/about"]; g.Pinned || g.URLs != 1 {
		t.Errorf("inferred group = %+v", g)
	}
}

func TestInferOrderIndependent(t *testing.T) {
	urls := demoURLs()
	want := Infer(urls, nil)
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3; i++ {
		r.Shuffle(len(urls), func(a, b int) { urls[a], urls[b] = urls[b], urls[a] })
		if diff := cmp.Diff(want, Infer(urls, nil)); diff != "" {
			t.Fatalf("shuffle %d changed the result:\n%s", i, diff)
		}
	}
}

func TestInferIndexMatchesPattern(t *testing.T) {
	urls := demoURLs()
	groups, idx := InferIndex(urls, nil)
	for i, u := range urls {
		g := groups[idx[i]]
		if !matchURL(g.Pattern, u) {
			t.Fatalf("%s assigned to %s", u, g.Pattern)
		}
	}
}

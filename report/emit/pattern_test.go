package emit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// patternCases covers params, catch-alls, optional segments, literals, the
// root and query-only patterns for every target's translation.
var patternCases = []struct {
	name, pattern                             string
	nuxt, netlify                             []string
	vercel, nextApp, nextPages, astro, svelte string
}{
	{"root", "/", []string{"/"}, []string{"/"}, "/", "app/page.tsx", "pages/index.tsx", "src/pages/index.astro", "src/routes/+page.ts"},
	{"literal", "/about", []string{"/about"}, []string{"/about"}, "/about", "app/about/page.tsx", "pages/about.tsx", "src/pages/about.astro", "src/routes/about/+page.ts"},
	{"query only", "/search?q=", []string{"/search"}, []string{"/search"}, "/search", "app/search/page.tsx", "pages/search.tsx", "src/pages/search.astro", "src/routes/search/+page.ts"},
	{"param", "/products/[id]", []string{"/products/*"}, []string{"/products/*"}, "/products/:id",
		"app/products/[id]/page.tsx", "pages/products/[id].tsx", "src/pages/products/[id].astro", "src/routes/products/[id]/+page.ts"},
	{"param in the middle", "/users/[id]/posts", []string{"/users/*/posts"}, []string{"/users/:id/posts"}, "/users/:id/posts",
		"app/users/[id]/posts/page.tsx", "pages/users/[id]/posts.tsx", "src/pages/users/[id]/posts.astro", "src/routes/users/[id]/posts/+page.ts"},
	{"catch-all", "/docs/[...slug]", []string{"/docs/**"}, []string{"/docs/*"}, "/docs/:slug+",
		"app/docs/[...slug]/page.tsx", "pages/docs/[...slug].tsx", "src/pages/docs/[...slug].astro", "src/routes/docs/[...slug]/+page.ts"},
	{"catch-all after a param, as template merges name it", "/u/[slug]/[...slug2]", []string{"/u/*/**"}, []string{"/u/:slug/*"}, "/u/:slug/:slug2+",
		"app/u/[slug]/[...slug2]/page.tsx", "pages/u/[slug]/[...slug2].tsx", "src/pages/u/[slug]/[...slug2].astro", "src/routes/u/[slug]/[...slug2]/+page.ts"},
	{"optional catch-all", "/shop/[[...path]]", []string{"/shop", "/shop/**"}, []string{"/shop", "/shop/*"}, "/shop/:path*",
		"app/shop/[[...path]]/page.tsx", "pages/shop/[[...path]].tsx", "src/pages/shop/[...path].astro", "src/routes/shop/[...path]/+page.ts"},
	{"optional param", "/[[lang]]/about", []string{"/about", "/*/about"}, []string{"/about", "/:lang/about"}, "/:lang?/about",
		"app/[[...lang]]/about/page.tsx", "pages/[[...lang]]/about.tsx", "src/pages/[...lang]/about.astro", "src/routes/[[lang]]/about/+page.ts"},
	{"catch-all then literal", "/wiki/[...path]/edit", []string{"/wiki/**"}, []string{"/wiki/*"}, "/wiki/:path+/edit",
		"app/wiki/[...path]/edit/page.tsx", "pages/wiki/[...path]/edit.tsx", "src/pages/wiki/[...path]/edit.astro", "src/routes/wiki/[...path]/edit/+page.ts"},
	{"odd param name", "/p/[post-id]", []string{"/p/*"}, []string{"/p/*"}, "/p/:post_id",
		"app/p/[post_id]/page.tsx", "pages/p/[post_id].tsx", "src/pages/p/[post_id].astro", "src/routes/p/[post_id]/+page.ts"},
	{"literal with syntax characters", "/a:b/x*y(1)", []string{"/a:b/x*y(1)"}, []string{"/a:b/x%2Ay(1)"}, `/a\:b/x\*y\(1\)`,
		"app/a%3Ab/x%2Ay%281%29/page.tsx", "pages/a%3Ab/x%2Ay%281%29.tsx", "src/pages/a%3Ab/x%2Ay%281%29.astro", "src/routes/a%3Ab/x%2Ay%281%29/+page.ts"},
	{"dot segments", "/../x/.", []string{"/../x/."}, []string{"/../x/."}, "/../x/.",
		"app/%2E%2E/x/%2E/page.tsx", "pages/%2E%2E/x/%2E.tsx", "src/pages/%2E%2E/x/%2E.astro", "src/routes/%2E%2E/x/%2E/+page.ts"},
	{"private folder in the app router", "/_drafts", []string{"/_drafts"}, []string{"/_drafts"}, "/_drafts",
		"app/%5Fdrafts/page.tsx", "pages/%5Fdrafts.tsx", "src/pages/_drafts.astro", "src/routes/_drafts/+page.ts"},
}

func TestPatternTranslation(t *testing.T) {
	for _, tc := range patternCases {
		t.Run(tc.name, func(t *testing.T) {
			segs := parsePattern(tc.pattern)
			check := func(target string, want, got any) {
				t.Helper()
				if d := cmp.Diff(want, got); d != "" {
					t.Errorf("%s(%q) (-want +got):\n%s", target, tc.pattern, d)
				}
			}
			check("nuxt", tc.nuxt, nuxtKeys(segs))
			check("netlify", tc.netlify, netlifyPaths(segs))
			check("vercel", tc.vercel, vercelSource(segs))
			check("next app", tc.nextApp, nextAppFile(segs))
			check("next pages", tc.nextPages, nextPagesFile(segs))
			check("astro", tc.astro, astroFile(segs))
			check("sveltekit", tc.svelte, svelteFile(segs))
		})
	}
}

func TestParseSegment(t *testing.T) {
	cases := []struct {
		name, in string
		want     segment
	}{
		{"literal", "about", segment{segLiteral, "about"}},
		{"param", "[id]", segment{segParam, "id"}},
		{"optional", "[[lang]]", segment{segOptional, "lang"}},
		{"catch-all", "[...slug]", segment{segCatchAll, "slug"}},
		{"optional catch-all", "[[...slug]]", segment{segOptionalCatchAll, "slug"}},
		{"empty brackets stay literal", "[]", segment{segLiteral, "[]"}},
		{"nested brackets stay literal", "[a[b]]", segment{segLiteral, "[a[b]]"}},
		{"partial brackets stay literal", "post-[id]", segment{segLiteral, "post-[id]"}},
		{"name with a quote", "[it's]", segment{segParam, "it_s"}},
		{"name starting with a digit", "[1st]", segment{segParam, "p1st"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := parsePattern("/" + tc.in)
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("parsePattern(%q) = %+v, want [%+v]", "/"+tc.in, got, tc.want)
			}
		})
	}
}

func TestExampleParams(t *testing.T) {
	cases := []struct {
		name, pattern string
		examples      []string
		want          []string
	}{
		{"param", "/products/[id]", []string{"https://x.example/products/7", "https://x.example/products/1", "/products/7"},
			[]string{"{ id: '1' }", "{ id: '7' }"}},
		{"catch-all", "/docs/[...slug]", []string{"https://x.example/docs/a/b", "https://x.example/docs"},
			[]string{"{ slug: ['a', 'b'] }"}},
		{"optional catch-all", "/shop/[[...p]]", []string{"https://x.example/shop", "https://x.example/shop/x"},
			[]string{"{ p: [] }", "{ p: ['x'] }"}},
		{"decoded and escaped", "/t/[tag]", []string{"https://x.example/t/it%27s%20new"},
			[]string{`{ tag: 'it\'s new' }`}},
		{"capped", "/n/[n]", []string{"/n/1", "/n/2", "/n/3", "/n/4"},
			[]string{"{ n: '1' }", "{ n: '2' }", "{ n: '3' }"}},
		{"no match", "/a/[x]", []string{"https://x.example/b/1", "%zz"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, set := range exampleParams(parsePattern(tc.pattern), tc.examples) {
				got = append(got, paramObject(set, nextParamValue))
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestCatchAllLast(t *testing.T) {
	cases := map[string]bool{
		"/":                    true,
		"/a/[id]/b":            true,
		"/docs/[...slug]":      true,
		"/shop/[[...p]]":       true,
		"/[[lang]]/about":      false,
		"/wiki/[...path]/edit": false,
	}
	for pattern, want := range cases {
		t.Run(pattern, func(t *testing.T) {
			if got := catchAllLast(parsePattern(pattern)); got != want {
				t.Errorf("catchAllLast(%q) = %v, want %v", pattern, got, want)
			}
		})
	}
}

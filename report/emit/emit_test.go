package emit

import (
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestTargets(t *testing.T) {
	want := []string{"astro", "json", "netlify", "next", "nuxt", "sveltekit", "vercel"}
	if d := cmp.Diff(want, Targets()); d != "" {
		t.Errorf("Targets() (-want +got):\n%s", d)
	}
}

func TestGenerateErrors(t *testing.T) {
	a := demoAudit(t)
	bad := func(rec rendermap.Recommendation) *rendermap.Audit {
		b := *a
		b.Routes = append(slices.Clone(a.Routes), rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/bad"}, Advice: rendermap.Advice{Recommendation: rec}})
		return &b
	}
	cases := []struct {
		name, target string
		audit        *rendermap.Audit
		opt          Options
		want         string
	}{
		{"unknown target lists valid ones", "gatsby", a, Options{}, "astro, json, netlify, next, nuxt, sveltekit, vercel"},
		{"no audit", "nuxt", nil, Options{}, "no audit"},
		{"bad router", "next", a, Options{NextRouter: "src"}, "want app or pages"},
		{"cache components need app router", "next", a, Options{NextRouter: "pages", NextCacheComponents: true}, "app router"},
		{"isr without interval", "nuxt", bad(rendermap.Recommendation{Strategy: rendermap.ISR}), Options{}, "revalidate_seconds"},
		{"unknown strategy", "json", bad(rendermap.Recommendation{Strategy: "edge"}), Options{}, `unknown strategy "edge"`},
		{"empty strategy", "json", bad(rendermap.Recommendation{}), Options{}, "unknown strategy"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Generate(tc.audit, tc.target, tc.opt)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Generate error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

// TestDeterministic shuffles the routes and expects identical output.
func TestDeterministic(t *testing.T) {
	a := demoAudit(t)
	r := rand.New(rand.NewPCG(1, 2))
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			want := generate(t, a, tc.target, tc.opt)
			b := *a
			b.Routes = slices.Clone(a.Routes)
			r.Shuffle(len(b.Routes), func(i, j int) { b.Routes[i], b.Routes[j] = b.Routes[j], b.Routes[i] })
			if d := cmp.Diff(want, generate(t, &b, tc.target, tc.opt)); d != "" {
				t.Errorf("output depends on route order:\n%s", d)
			}
		})
	}
}

// TestHeaderNamesAuditAndDate checks the header uses the audit's date and
// the given source name in every file but vercel.json, which has no room.
func TestHeaderNamesAuditAndDate(t *testing.T) {
	a := demoAudit(t)
	a.FinishedAt = "2001-02-03T04:05:06Z"
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			opt := tc.opt
			opt.Source = "shop-audit.json"
			for _, f := range generate(t, a, tc.target, opt) {
				if f.Path == "vercel.json" {
					continue // strict JSON that Vercel validates: README.md carries the header
				}
				c := string(f.Content)
				if !strings.Contains(c, "shop-audit.json") || !strings.Contains(c, "2001-02-03T04:05:06Z") {
					t.Errorf("%s: header lacks source or date:\n%.300s", f.Path, c)
				}
			}
		})
	}
}

// TestEveryRuleHasAReason checks the rule-per-line targets: each Nuxt rule
// and each _headers block follows a comment with the strategy and reason.
func TestEveryRuleHasAReason(t *testing.T) {
	a := demoAudit(t)
	cases := []struct {
		target string
		rule   *regexp.Regexp
		reason *regexp.Regexp
	}{
		{"nuxt", regexp.MustCompile(`^  '[^']*': \{`), regexp.MustCompile(`^  // `)},
		{"netlify", regexp.MustCompile(`^/`), regexp.MustCompile(`^# (static|isr \d+ s|ssr|client): .+`)},
	}
	for _, tc := range cases {
		t.Run(tc.target, func(t *testing.T) {
			lines := strings.Split(string(generate(t, a, tc.target, Options{})[0].Content), "\n")
			rules := 0
			for i, l := range lines {
				if !tc.rule.MatchString(l) {
					continue
				}
				rules++
				if i == 0 || !tc.reason.MatchString(lines[i-1]) {
					t.Errorf("line %d %q has no reason comment above it", i+1, l)
				}
			}
			if rules < 5 {
				t.Errorf("found %d rules, want at least 5", rules)
			}
		})
	}
}

// TestStrategyMapping spot-checks how each strategy is expressed per target.
func TestStrategyMapping(t *testing.T) {
	a := demoAudit(t)
	cases := []struct {
		name, target string
		opt          Options
		path, want   string
	}{
		{"nuxt static", "nuxt", Options{}, "routeRules.ts", "'/blog/*': { prerender: true }"},
		{"nuxt isr on an unknown platform is swr", "nuxt", Options{}, "routeRules.ts", "'/category/*': { swr: 300 }"},
		{"nuxt isr on vercel", "nuxt", Options{Platform: "vercel"}, "routeRules.ts", "'/category/*': { isr: 300 }"},
		{"nuxt isr on netlify says why", "nuxt", Options{Platform: "netlify"}, "routeRules.ts", "Platform netlify: isr rules are netlify's CDN ISR"},
		{"nuxt client", "nuxt", Options{}, "routeRules.ts", "'/dashboard': { ssr: false }"},
		{"nuxt personalized ssr", "nuxt", Options{}, "routeRules.ts", "'/account': { headers: { 'cache-control': 'private, no-store' } }"},
		{"nuxt wildcard prerender seeds", "nuxt", Options{}, "routeRules.ts", "'/blog/hello-world',"},
		{"next isr", "next", Options{}, "app/products/[id]/page.tsx", "export const revalidate = 60"},
		{"next ssr", "next", Options{}, "app/search/page.tsx", "export const dynamic = 'force-dynamic'"},
		{"next client", "next", Options{}, "app/dashboard/page.tsx", "'use client'"},
		{"next cache isr", "next", Options{NextCacheComponents: true}, "app/category/[slug]/page.tsx", "cacheLife({ revalidate: 300, expire: 31536000 })"},
		{"next cache static", "next", Options{NextCacheComponents: true}, "app/about/page.tsx", "cacheLife('max')"},
		{"next cache config", "next", Options{NextCacheComponents: true}, "next.config.ts", "cacheComponents: true"},
		{"next pages isr", "next", Options{NextRouter: "pages"}, "pages/products/[id].tsx", "revalidate: 60"},
		{"next pages ssr", "next", Options{NextRouter: "pages"}, "pages/account.tsx", "getServerSideProps"},
		{"astro global isr", "astro", Options{}, "astro.config.mjs", "expiration: 60,"},
		{"astro excludes ssr", "astro", Options{}, "astro.config.mjs", "'/account', // ssr:"},
		{"astro isr page", "astro", Options{}, "src/pages/category/[slug].astro", "export const prerender = false"},
		{"sveltekit isr", "sveltekit", Options{}, "src/routes/products/[id]/+page.ts", "isr: { expiration: 60 }"},
		{"sveltekit client", "sveltekit", Options{}, "src/routes/dashboard/+page.ts", "export const ssr = false"},
		{"vercel isr", "vercel", Options{}, "vercel.json", `"max-age=300, stale-while-revalidate=31536000"`},
		{"vercel withholds personalized isr", "vercel", Options{}, "README.md", "no rule yet (personalized today)"},
		{"netlify isr is a comment", "netlify", Options{}, "_headers", "#   Netlify-CDN-Cache-Control: public, durable, max-age=300"},
		{"json isr", "json", Options{}, "routes.json", `"revalidate_seconds": 300`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range generate(t, a, tc.target, tc.opt) {
				if f.Path == tc.path {
					if !strings.Contains(string(f.Content), tc.want) {
						t.Errorf("%s lacks %q:\n%s", f.Path, tc.want, f.Content)
					}
					return
				}
			}
			t.Errorf("no file %s", tc.path)
		})
	}
	vercel := string(generate(t, a, "vercel", Options{})[1].Content)
	if strings.Contains(vercel, "/products/:id") {
		t.Errorf("vercel.json caches a route that is personalized today:\n%s", vercel)
	}
}

func TestRoutesSchemaRejects(t *testing.T) {
	cases := map[string]string{
		"isr without interval": `{"schema":"rendermap.routes/v1","generated_from":{"audit":"a","origin":"o","finished_at":"","complete":true},"routes":[{"pattern":"/","strategy":"isr","revalidate_seconds":null,"reasons":[]}]}`,
		"static with interval": `{"schema":"rendermap.routes/v1","generated_from":{"audit":"a","origin":"o","finished_at":"","complete":true},"routes":[{"pattern":"/","strategy":"static","revalidate_seconds":5,"reasons":[]}]}`,
		"unknown strategy":     `{"schema":"rendermap.routes/v1","generated_from":{"audit":"a","origin":"o","finished_at":"","complete":true},"routes":[{"pattern":"/","strategy":"edge","revalidate_seconds":null,"reasons":[]}]}`,
		"wrong schema":         `{"schema":"rendermap.routes/v2","generated_from":{"audit":"a","origin":"o","finished_at":"","complete":true},"routes":[]}`,
	}
	for name, doc := range cases {
		t.Run(name, func(t *testing.T) {
			if err := validateRoutes([]byte(doc)); err == nil {
				t.Errorf("schema accepted %s", doc)
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	a := testkit.ReadAudit(b, filepath.Join("testdata", "audit.json"))
	for b.Loop() {
		for _, tc := range goldenCases {
			if _, err := Generate(a, tc.target, tc.opt); err != nil {
				b.Fatal(err)
			}
		}
	}
}

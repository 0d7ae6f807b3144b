package emit

import (
	"slices"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

// TestCatchAllEveryTarget: a catch-all pattern that discovery formed from
// a template (/guides/[...slug]) reaches every target in its own syntax.
func TestCatchAllEveryTarget(t *testing.T) {
	a := demoAudit(t)
	a.Routes = append(slices.Clone(a.Routes), rendermap.Route{
		Discovery: rendermap.Discovery{
			Pattern: "/guides/[...slug]", Pages: 36, PagesSource: "discovery",
			Examples: []string{"http://127.0.0.1:8080/guides/testing/mocking", "http://127.0.0.1:8080/guides/styling"},
			Grouping: &rendermap.Grouping{By: "template", Confidence: "high", Evidence: "36 rendered pages share one template"},
		},
		Advice: rendermap.Advice{Recommendation: rendermap.Recommendation{Strategy: rendermap.Static, Confidence: "high", Reasons: []string{"same for everyone"}}},
	})
	cases := []struct {
		target string
		opt    Options
		file   string // a file the target must write, or "" for any
		text   string // text one of its files must hold
	}{
		{"nuxt", Options{}, "", "'/guides/**'"},
		{"next", Options{}, "app/guides/[...slug]/page.tsx", "slug: ['testing', 'mocking']"},
		{"next", Options{NextRouter: "pages"}, "pages/guides/[...slug].tsx", ""},
		{"astro", Options{}, "src/pages/guides/[...slug].astro", ""},
		{"sveltekit", Options{}, "src/routes/guides/[...slug]/+page.ts", ""},
		{"vercel", Options{}, "", `"/guides/:slug+"`},
		{"netlify", Options{}, "", "/guides/*"},
		{"json", Options{}, "", `"/guides/[...slug]"`},
	}
	for _, tc := range cases {
		t.Run(tc.target+tc.opt.NextRouter, func(t *testing.T) {
			files := generate(t, a, tc.target, tc.opt)
			found, all := tc.file == "", ""
			for _, f := range files {
				checkFile(t, f)
				found = found || f.Path == tc.file
				all += string(f.Content)
			}
			if !found {
				t.Errorf("no file %s", tc.file)
			}
			if !strings.Contains(all, tc.text) {
				t.Errorf("output lacks %q", tc.text)
			}
		})
	}
}

package emit

import (
	"path/filepath"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// goldenCases are the outputs kept as golden files for the demo audit.
var goldenCases = []struct {
	name   string
	target string
	opt    Options
}{
	{"astro", "astro", Options{}},
	{"json", "json", Options{}},
	{"netlify", "netlify", Options{}},
	{"next", "next", Options{}},
	{"next-cache-components", "next", Options{NextCacheComponents: true}},
	{"next-pages", "next", Options{NextRouter: "pages"}},
	{"nuxt", "nuxt", Options{}},
	{"sveltekit", "sveltekit", Options{}},
	{"vercel", "vercel", Options{}},
}

func TestGolden(t *testing.T) {
	a := demoAudit(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			tc.opt.Source = "audit.json"
			files := generate(t, a, tc.target, tc.opt)
			testkit.GoldenDir(t, filepath.Join("testdata", "golden", tc.name), contents(t, files))
		})
	}
}

// contents maps each file's path to its content; a path generated twice
// fails t.
func contents(t *testing.T, files []File) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, f := range files {
		if _, dup := out[f.Path]; dup {
			t.Errorf("%s generated twice", f.Path)
		}
		out[f.Path] = f.Content
	}
	return out
}

// TestGoldenParse checks every demo output with a real parser or schema.
func TestGoldenParse(t *testing.T) {
	a := demoAudit(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			for _, f := range generate(t, a, tc.target, tc.opt) {
				checkFile(t, f)
			}
		})
	}
}

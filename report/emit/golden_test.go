package emit

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "update golden files")

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
			dir := filepath.Join("testdata", "golden", tc.name)
			if *update {
				writeGolden(t, dir, files)
			}
			compareGolden(t, dir, files)
		})
	}
}

func writeGolden(t *testing.T, dir string, files []File) {
	t.Helper()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	if err := Write(files, dir+string(filepath.Separator), nil); err != nil {
		t.Fatal(err)
	}
}

func compareGolden(t *testing.T, dir string, files []File) {
	t.Helper()
	var want, got []string
	for _, f := range files {
		got = append(got, f.Path)
		golden, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Errorf("%s: %v (run go test -update)", f.Path, err)
			continue
		}
		if d := cmp.Diff(string(golden), string(f.Content)); d != "" {
			t.Errorf("%s differs from golden (-want +got):\n%s", f.Path, d)
		}
	}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		want = append(want, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(want)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("golden file set differs (-golden +generated):\n%s", d)
	}
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

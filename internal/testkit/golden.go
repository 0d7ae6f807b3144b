package testkit

import (
	"flag"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// update is the one -update flag of every test binary that imports testkit.
var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Update reports whether the tests run with -update, for a test that keeps
// expected output somewhere [Golden] and [GoldenDir] do not handle.
func Update() bool { return *update }

// Golden compares got with the file at path (relative to the package
// directory, as tests run there). With -update it first writes got to path,
// creating directories, so the comparison passes and git shows the change.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		writeFile(t, path, got)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("golden file: %v (run go test -update to write it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("%s differs from the output (-golden +got); if the change is intended, run go test -update and review the diff:\n%s", path, d)
	}
}

// GoldenDir compares files, keyed by slash-separated path, with the tree
// under dir: every file's content and the set of names. With -update it
// first replaces the tree by files.
func GoldenDir(t testing.TB, dir string, files map[string][]byte) {
	t.Helper()
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		for name, data := range files {
			writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), data)
		}
	}
	have := listFiles(t, dir)
	if d := cmp.Diff(have, sortedNames(files)); d != "" {
		t.Errorf("%s holds other files than the output (-golden +got); run go test -update if intended:\n%s", dir, d)
	}
	for _, name := range sortedNames(files) {
		if slices.Contains(have, name) {
			Golden(t, filepath.Join(dir, filepath.FromSlash(name)), files[name])
		}
	}
}

// writeFile writes data to path, creating its directory.
func writeFile(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// listFiles returns the slash-separated paths of the files under dir, sorted.
func listFiles(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel))
		return err
	})
	if err != nil {
		t.Fatalf("golden directory: %v (run go test -update to write it)", err)
	}
	slices.Sort(out)
	return out
}

// sortedNames returns the keys of files, sorted.
func sortedNames(files map[string][]byte) []string {
	return slices.Sorted(maps.Keys(files))
}

package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/rendermap/rendermap"
)

var update = flag.Bool("update", false, "update golden files")

// plantedSecret is the credential genaudit plants in testdata/audit.json.
const plantedSecret = "s3cr3t-TOKEN-4242"

// loadAudit decodes and validates the rich sample audit.
func loadAudit(t testing.TB) *rendermap.Audit {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "audit.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := rendermap.Decode(data)
	if err != nil {
		t.Fatalf("testdata/audit.json: %v", err)
	}
	return a
}

// renderString renders a in format name and fails the test on error.
func renderString(t testing.TB, name string, a *rendermap.Audit, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, name, a, opt); err != nil {
		t.Fatalf("write %s: %v", name, err)
	}
	return buf.String()
}

// golden compares got with testdata/<name>, rewriting it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden file; run go test ./report -update and review the diff\n--- got ---\n%s", name, firstDiff(string(want), got))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := bytes.Split([]byte(want), []byte("\n")), bytes.Split([]byte(got), []byte("\n"))
	for i := range max(len(wl), len(gl)) {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return "line " + itoa(i+1) + "\nwant: " + string(w) + "\ngot:  " + string(g)
		}
	}
	return "(equal lines)"
}

func itoa(i int) string { return fmtInt(int64(i)) }

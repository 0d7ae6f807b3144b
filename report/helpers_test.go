package report

import (
	"bytes"
	"testing"

	"github.com/rendermap/rendermap"
)

// renderString renders a in format name and fails the test on error.
func renderString(t testing.TB, name string, a *rendermap.Audit, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, name, a, opt); err != nil {
		t.Fatalf("write %s: %v", name, err)
	}
	return buf.String()
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

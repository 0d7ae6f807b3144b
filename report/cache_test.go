package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

func TestWriteCache(t *testing.T) {
	c := rendermap.Cache{Verdict: "cacheable", StorableShared: true, StorablePrivate: true, FreshnessSeconds: 60,
		FreshnessSource: "s-maxage", StaleWhileRevalidateSeconds: 30, CacheControl: "s-maxage=60\x1b[2J",
		Notes: []rendermap.Note{{Severity: "info", Code: "x", Message: "a shared cache may keep it\nfor 60 s"}}}
	var b bytes.Buffer
	if err := WriteCache(&b, 200, c); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"status:        200", "shared cache: yes", "60s from s-maxage", "stale-while-revalidate: 30s", "[info] a shared cache may keep it for 60 s"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("a control character from the site reached the terminal: %q", out)
	}
}

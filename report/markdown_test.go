package report

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// bigAudit copies the sample's routes until there are n of them.
func bigAudit(t testing.TB, n int) *rendermap.Audit {
	a := testkit.SampleAudit(t)
	base := a.Routes
	a.Routes = nil
	for i := range n {
		r := base[i%len(base)]
		r.Pattern = fmt.Sprintf("/section-%05d%s", i, r.Pattern)
		a.Routes = append(a.Routes, r)
	}
	return a
}

func TestMarkdown_Limit(t *testing.T) {
	for _, n := range []int{9, 300, 2000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			out := renderString(t, "markdown", bigAudit(t, n), Options{})
			if len(out) >= MarkdownLimit {
				t.Errorf("%d routes: %d characters, want < %d", n, len(out), MarkdownLimit)
			}
			cut := strings.Contains(out, "more routes left out")
			if cut != (n == 2000) {
				t.Errorf("%d routes: truncation note present = %v", n, cut)
			}
			for _, section := range []string{"### Strategy mix", "### Routes", "### Changes to make"} {
				if !strings.Contains(out, section) {
					t.Errorf("missing section %q", section)
				}
			}
		})
	}
}

func TestMarkdown_ManyChanges(t *testing.T) {
	a := bigAudit(t, 600)
	out := renderString(t, "markdown", a, Options{})
	if !strings.Contains(out, "more changes left out") {
		t.Error("changes were not capped")
	}
	if len(out) >= MarkdownLimit {
		t.Errorf("%d characters", len(out))
	}
}

func TestMarkdown_Escaping(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.Routes[1].Pattern = "/a|b`c"
	a.Routes[1].Recommendation.Reasons = []string{"<img src=x onerror=alert(1)> **bold** [link](javascript:alert(1)) | pipe\nnext"}
	a.Site.Origin = "https://x.example"
	out := renderString(t, "markdown", a, Options{})
	for _, bad := range []string{"<img", "**bold**", "[link]", "`c`", ") | pipe"} {
		if strings.Contains(out, bad) {
			t.Errorf("unescaped site text %q in:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "`/a\\|b'c`") {
		t.Errorf("pattern not shown as an escaped code span:\n%s", out)
	}
}

func TestMarkdown_Checks(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.Checks = []rendermap.Check{
		{Pattern: "/", Assertion: "cacheable == true", Level: "error", Passed: true, Actual: "true"},
		{Pattern: "/products/[id]", Assertion: "ttfb_p95_ms <= 10", Level: "error", Actual: "42", Message: "too slow", Retried: true},
		{Pattern: "/about", Assertion: "strategy == ssr", Level: "warn", Actual: "static"},
	}
	var buf bytes.Buffer
	if err := Markdown(&buf, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"### Assertions", "3 checked: 1 failed, 1 warnings", "| FAIL | `/products/[id]`", "re-measured before it counted", "| warn | `/about`"} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "FAIL") > strings.Index(out, "| pass |") {
		t.Errorf("failures are not listed first")
	}
}

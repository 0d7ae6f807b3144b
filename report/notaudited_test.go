package report

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// TestNotAuditedInEveryFormat: patterns kept out of the audit are named,
// with their URL count and reason, in every report.
func TestNotAuditedInEveryFormat(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.NotAudited = []rendermap.Unaudited{
		{Pattern: "/app/[...path]", URLs: 3, Reason: "robots", Message: "disallowed by robots.txt; audit your own site with --ignore-robots"},
		{Pattern: "/x/<b>", URLs: 10000, URLsLowerBound: true, Reason: "limit", Message: "beyond --max-urls"},
	}
	want := map[string][]string{
		"table":    {"not audited: /app/[...path], 3 URLs, disallowed by robots.txt; audit your own site with --ignore-robots", "not audited: /x/<b>, at least 10,000 URLs"},
		"markdown": {"### Not audited", "| `/app/[...path]` | 3 URLs | disallowed by robots.txt; audit your own site with --ignore-robots |", "at least 10,000 URLs"},
		"html":     {`<section id="not-audited">`, "<code>/<wbr>app/<wbr>[...path]</code>", "<code>/<wbr>x/<wbr>&lt;b&gt;</code>", "at least 10,000 URLs"},
		"junit":    {`name="/app/[...path]" classname="rendermap.not_audited"`, `<skipped message="3 URLs, disallowed by robots.txt; audit your own site with --ignore-robots">`},
		"json":     {`"not_audited"`, `"reason": "robots"`},
	}
	for format, wants := range want {
		out := renderString(t, format, a, Options{})
		for _, w := range wants {
			if !strings.Contains(out, w) {
				t.Errorf("%s lacks %q", format, w)
			}
		}
	}
	if out := renderString(t, "html", a, Options{}); strings.Contains(out, "<b>") {
		t.Error("html shows a pattern unescaped")
	}
}

func TestNotAuditedJUnitCounts(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.NotAudited = []rendermap.Unaudited{{Pattern: "/app/[...path]", URLs: 3, Reason: "robots", Message: "disallowed by robots.txt"}}
	var doc junitSuites
	if err := xml.Unmarshal([]byte(renderString(t, "junit", a, Options{})), &doc); err != nil {
		t.Fatal(err)
	}
	s := doc.Suites[0]
	if s.Skipped != 1 || s.Tests != len(a.Routes)+1 || doc.Tests != s.Tests {
		t.Errorf("suite tests=%d skipped=%d (document tests=%d), want %d and 1", s.Tests, s.Skipped, doc.Tests, len(a.Routes)+1)
	}
}

func TestNotAuditedNothingWhenEmpty(t *testing.T) {
	a := testkit.SampleAudit(t)
	for _, format := range []string{"table", "markdown", "html", "junit"} {
		if out := renderString(t, format, a, Options{}); strings.Contains(strings.ToLower(out), "not audited") || strings.Contains(out, "not_audited") {
			t.Errorf("%s mentions not-audited patterns although there are none", format)
		}
	}
}

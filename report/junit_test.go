package report

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

type parsedSuites struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Suites   []struct {
		Cases []struct {
			Name    string `xml:"name,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
			} `xml:"failure"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func parseJUnit(t *testing.T, data []byte) parsedSuites {
	t.Helper()
	var p parsedSuites
	if err := xml.Unmarshal(data, &p); err != nil {
		t.Fatalf("junit output is not XML: %v", err)
	}
	return p
}

func TestJUnit_OneCasePerRoute(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.Routes[2].Pattern = "/x]]>&<y\x01"
	p := parseJUnit(t, []byte(renderString(t, "junit", a, Options{})))
	if p.Tests != len(a.Routes) || p.Failures != 0 || len(p.Suites) != 1 || len(p.Suites[0].Cases) != len(a.Routes) {
		t.Fatalf("tests=%d failures=%d suites=%d, want %d passing cases", p.Tests, p.Failures, len(p.Suites), len(a.Routes))
	}
	names := map[string]bool{}
	for _, c := range p.Suites[0].Cases {
		names[c.Name] = true
		if c.Failure != nil {
			t.Errorf("%s failed without assertions", c.Name)
		}
	}
	if !names["/x]]>&<y"] || !names["/products/[id]"] {
		t.Errorf("case names = %v", names)
	}
}

func TestJUnit_FailingAssertion(t *testing.T) {
	a := testkit.SampleAudit(t)
	for _, r := range a.Routes {
		a.Checks = append(a.Checks, rendermap.Check{Pattern: r.Pattern, Assertion: "ttfb_p95_ms <= 50", Level: "error",
			Passed: r.TTFB.P95 <= 50, Actual: fmtMS(r.TTFB.P95), Message: "TTFB p95 above 50 ms"})
	}
	a.Checks = append(a.Checks, rendermap.Check{Pattern: "/", Assertion: "cacheable == false", Level: "warn", Message: "only a warning"})
	var buf bytes.Buffer
	if err := writeJUnit(&buf, a); err != nil {
		t.Fatal(err)
	}
	p := parseJUnit(t, buf.Bytes())
	var failed []string
	for _, c := range p.Suites[0].Cases {
		if c.Failure != nil {
			failed = append(failed, c.Name+": "+c.Failure.Message)
		}
	}
	if p.Failures != 1 || strings.Join(failed, ",") != "/products/[id]: ttfb_p95_ms <= 50: TTFB p95 above 50 ms" {
		t.Errorf("failures=%d %v, want only /products/[id]", p.Failures, failed)
	}
}

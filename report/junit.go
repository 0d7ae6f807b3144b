package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/rendermap/rendermap"
)

// JUnit writes JUnit XML with one test case per route pattern, so CI systems
// show routes as tests. A case fails when one of its error-level assertions
// (a.Checks) failed; failed warnings are listed in the case's output.
func JUnit(w io.Writer, a *rendermap.Audit, opt Options) error {
	return render(w, a, opt, func(buf *bytes.Buffer, a *rendermap.Audit, _ Options) error {
		return writeJUnit(buf, a)
	})
}

// checksFor returns the assertion outcomes recorded for pattern.
func checksFor(a *rendermap.Audit, pattern string) []rendermap.Check {
	var out []rendermap.Check
	for _, c := range a.Checks {
		if c.Pattern == pattern {
			out = append(out, c)
		}
	}
	return out
}

// checkLine describes one failed check in one line.
func checkLine(c rendermap.Check) string {
	s := c.Assertion + " failed (actual " + c.Actual + ")"
	if c.Message != "" {
		s = c.Assertion + ": " + c.Message
	}
	if c.Retried {
		s += " [re-measured once]"
	}
	return s
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Skipped   int         `xml:"skipped,attr"`
	Timestamp string      `xml:"timestamp,attr,omitempty"`
	Cases     []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Time      string        `xml:"time,attr"`
	Skipped   *junitSkip    `xml:"skipped,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut *junitText    `xml:"system-out,omitempty"`
}

// junitText is element text written as CDATA, which keeps newlines readable.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

func writeJUnit(buf *bytes.Buffer, a *rendermap.Audit) error {
	suite := junitSuite{Name: "rendermap " + a.Site.Origin, Timestamp: strings.TrimSuffix(a.StartedAt, "Z")}
	for _, r := range sortedRoutes(a) {
		c := junitRoute(r, checksFor(a, r.Pattern))
		if c.Failure != nil {
			suite.Failures++
		}
		suite.Cases = append(suite.Cases, c)
	}
	skipped := junitSkipped(a)
	suite.Cases, suite.Skipped = append(suite.Cases, skipped...), len(skipped)
	suite.Tests = len(suite.Cases)
	doc := junitSuites{Name: "rendermap", Tests: suite.Tests, Failures: suite.Failures, Suites: []junitSuite{suite}}
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encode junit: %w", err)
	}
	buf.WriteByte('\n')
	return nil
}

func junitRoute(r *rendermap.Route, checks []rendermap.Check) junitCase {
	summary := routeSummary(r)
	var msgs []string
	for _, ch := range checks {
		switch {
		case ch.Passed:
		case ch.Level == "warn":
			summary += "warning: " + checkLine(ch) + "\n"
		default:
			msgs = append(msgs, xmlSafe(checkLine(ch)))
		}
	}
	c := junitCase{Name: xmlSafe(r.Pattern), Classname: "rendermap.routes", Time: "0", SystemOut: &junitText{xmlSafe(summary)}}
	if len(msgs) > 0 {
		c.Failure = &junitFailure{Message: msgs[0], Type: "assertion", Text: strings.Join(msgs, "\n")}
	}
	return c
}

// routeSummary is one paragraph about r for logs and CI output.
func routeSummary(r *rendermap.Route) string {
	rec := r.Recommendation
	var b strings.Builder
	fmt.Fprintf(&b, "recommended: %s (confidence %s); current: %s; pages: %s; ttfb p50/p95: %s/%s ms; cache: %s\n",
		recommendedLabel(rec), orDash(rec.Confidence), strategyLabel(r.Current.Strategy, r.Current.RevalidateSeconds),
		pagesLabel(&r.Discovery), fmtMS(r.TTFB.P50), fmtMS(r.TTFB.P95), cacheLabel(r.Cache))
	for _, reason := range rec.Reasons {
		fmt.Fprintf(&b, "- %s\n", oneLine(reason))
	}
	return b.String()
}

// xmlSafe drops characters XML 1.0 cannot carry (encoding/xml would turn
// them into U+FFFD anyway, but control characters confuse some CI parsers).
func xmlSafe(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r != 0xfffe && r != 0xffff) {
			return r
		}
		return -1
	}, s)
}

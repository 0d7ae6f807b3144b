package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// demoAudit runs `rendermap demo` once per test binary and shares the result.
var demoRun struct {
	done bool
	res  result
	dir  string
}

func runDemo(t *testing.T) (result, string) {
	t.Helper()
	if !demoRun.done {
		dir, err := os.MkdirTemp("", "rendermap-demo-")
		if err != nil {
			t.Fatal(err)
		}
		demoRun.res = cli(t, "", "demo", "--out", dir, "--quiet", "--emit", "json")
		demoRun.dir, demoRun.done = dir, true
	}
	return demoRun.res, demoRun.dir
}

// TestMain runs the tests through testkit.Main (which removes the binary
// testkit.Rendermap built) and then removes the shared demo output.
// Tests that mostly wait (the hostile site's hanging pages, a timeout, a
// killed or interrupted process) or judge one run against its design (the
// scale demo, the templates fixture) call t.Parallel and overlap, two at a
// time, once the sequential tests are done; tests that compare runs with one another
// (baseline, shards, a lost browser) run one at a time.
func TestMain(m *testing.M) {
	testkit.Main(m)
	if demoRun.dir != "" {
		os.RemoveAll(demoRun.dir)
	}
}

func TestDemoMatchesTruth(t *testing.T) {
	r, dir := runDemo(t)
	if r.code != exitOK {
		t.Fatalf("demo exited %d: %s", r.code, r.stderr)
	}
	assertMatchesTruth(t, testkit.ReadAudit(t, filepath.Join(dir, "audit.json")))
}

// assertMatchesTruth compares every route's recommendation with fixtures/truth.json.
func assertMatchesTruth(t *testing.T, a *rendermap.Audit) {
	t.Helper()
	truth, err := fixtures.Truth()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]rendermap.Route{}
	for _, rt := range a.Routes {
		got[rt.Pattern] = rt
	}
	for _, want := range truth {
		rt, ok := got[want.Pattern]
		if !ok {
			t.Errorf("pattern %s missing from the audit", want.Pattern)
			continue
		}
		if string(rt.Recommendation.Strategy) != want.Strategy {
			t.Errorf("%s: recommended %s, truth says %s (reasons: %v)", want.Pattern, rt.Recommendation.Strategy, want.Strategy, rt.Recommendation.Reasons)
		}
		if string(rt.Current.Strategy) != want.Current {
			t.Errorf("%s: served today as %s, the design says %s (evidence: %v)", want.Pattern, rt.Current.Strategy, want.Current, rt.Current.Evidence)
		}
	}
	if len(a.Routes) != len(truth) {
		t.Errorf("audit has %d patterns, truth has %d", len(a.Routes), len(truth))
	}
}

func TestDemoWritesReports(t *testing.T) {
	r, dir := runDemo(t)
	for _, f := range []string{"audit.json", "report.html", "report.md", "junit.xml"} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	for _, p := range []string{"/products/[id]", "/blog/[slug]", "/account"} {
		if !strings.Contains(r.stdout, p) {
			t.Errorf("table on stdout lacks %s:\n%s", p, r.stdout)
		}
	}
}

func TestDemoMeasuresEvidence(t *testing.T) {
	_, dir := runDemo(t)
	a := testkit.ReadAudit(t, filepath.Join(dir, "audit.json"))
	for _, rt := range a.Routes {
		if rt.URLsSampled == 0 || rt.TTFB.N == 0 {
			t.Errorf("%s: no TTFB samples (sampled %d, n %d)", rt.Pattern, rt.URLsSampled, rt.TTFB.N)
		}
		switch rt.Pattern {
		case "/account":
			if !rt.Personalized.Personalized {
				t.Errorf("/account not found personalized: %+v", rt.Personalized)
			}
		case "/dashboard":
			if rt.ClientRender.ScriptOnlyFraction < 0.5 {
				t.Errorf("/dashboard script-only fraction %.2f", rt.ClientRender.ScriptOnlyFraction)
			}
		case "/products/[id]":
			if rt.Personalized.Personalized || rt.Server.P50 < 35 {
				t.Errorf("/products/[id]: personalized %v, server p50 %.1f ms (site sleeps 40 ms)", rt.Personalized.Personalized, rt.Server.P50)
			}
		}
	}
}

func TestReportRerendersSavedAudit(t *testing.T) {
	_, dir := runDemo(t)
	out := filepath.Join(t.TempDir(), "r.html")
	if r := cli(t, "", "report", filepath.Join(dir, "audit.json"), "--format", "html", "-o", out); r.code != exitOK {
		t.Fatalf("report exited %d: %s", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), "/products/[id]") {
		t.Errorf("html report lacks the products route")
	}
	if r := cli(t, "", "report", filepath.Join(dir, "audit.json"), "--format", "json"); r.code != exitOK || rendermap.ValidateAudit([]byte(r.stdout)) != nil {
		t.Errorf("json report: code %d, stderr %s", r.code, r.stderr)
	}
}

func TestUnreachableFailsFast(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	start := time.Now()
	r := cli(t, "", "audit", "--quiet", "--out", t.TempDir(), "http://"+addr+"/")
	if r.code != exitIncomplete || !strings.Contains(r.stderr, "unreachable") {
		t.Errorf("code %d, stderr %q", r.code, r.stderr)
	}
	t.Logf("unreachable site reported after %s", time.Since(start))
}

func TestNoBrowser(t *testing.T) {
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	r := cli(t, "", "audit", "--quiet", "--chrome", "/nonexistent/chromium", "--out", t.TempDir(), srv.URL()+"/")
	if r.code != exitUsage || !strings.Contains(r.stderr, "apt-get install chromium") {
		t.Errorf("code %d, stderr %q", r.code, r.stderr)
	}
}

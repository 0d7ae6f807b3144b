package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// quickAudit audits the demo shop's static and product routes only, fast.
func quickAudit(t *testing.T, config string, extra ...string) (result, string) {
	t.Helper()
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "rendermap.yaml")
	if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	args := append([]string{"audit", "--quiet", "--config", cfg, "--out", out, "--recheck", "0", "--samples", "2",
		"--urls-per-pattern", "2", "--include", "/about", "--include", "/products/**", "--max-depth", "1", srv.URL() + "/"}, extra...)
	return cli(t, "", args...), out
}

const passingConfig = `
assertions:
  - pattern: /products/[id]
    assert: personalized == false
  - pattern: "*"
    assert: ttfb_p95_ms <= 5000
`

const failingConfig = `
assertions:
  - pattern: /products/[id]
    assert: cacheable == true
  - pattern: /about
    assert: strategy == ssr
    level: warn
`

func TestConfigAssertionsPass(t *testing.T) {
	r, out := quickAudit(t, passingConfig)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	a := testkit.ReadAudit(t, filepath.Join(out, "audit.json"))
	if len(a.Checks) < 3 {
		t.Errorf("checks not recorded: %+v", a.Checks)
	}
	for _, c := range a.Checks {
		if !c.Passed {
			t.Errorf("check failed: %+v", c)
		}
	}
}

func TestConfigAssertionFails(t *testing.T) {
	t.Parallel() // no timing assertion: see TestMain
	r, out := quickAudit(t, failingConfig)
	if r.code != exitAssertions || !strings.Contains(r.stderr, "/products/[id]") || !strings.Contains(r.stderr, "cacheable == true") {
		t.Fatalf("exit %d (want 1), stderr: %s", r.code, r.stderr)
	}
	if !strings.Contains(r.stderr, "warn /about") {
		t.Errorf("the warning is not printed: %s", r.stderr)
	}
	junit := filepath.Join(t.TempDir(), "junit.xml")
	if rr := cli(t, "", "report", filepath.Join(out, "audit.json"), "--format", "junit", "-o", junit); rr.code != exitOK {
		t.Fatalf("junit: %s", rr.stderr)
	}
	data, _ := os.ReadFile(junit)
	if !strings.Contains(string(data), "<failure") || !strings.Contains(string(data), "cacheable == true") {
		t.Errorf("JUnit lacks the failed assertion:\n%s", data)
	}
}

func TestConfigRejectsUnknownKey(t *testing.T) {
	r, _ := quickAudit(t, "crawl:\n  max_url: 3\n")
	if r.code != exitUsage || !strings.Contains(r.stderr, "max_url") || !strings.Contains(r.stderr, ":2") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestTimeoutWritesPartialAudit(t *testing.T) {
	t.Parallel()
	r, out := quickAudit(t, "", "--timeout", "2s", "--samples", "50")
	if r.code != exitIncomplete {
		t.Fatalf("exit %d (want 3): %s", r.code, r.stderr)
	}
	a := testkit.ReadAudit(t, filepath.Join(out, "audit.json"))
	if a.Complete || !strings.Contains(a.IncompleteReason, "timeout") {
		t.Errorf("complete %v, reason %q", a.Complete, a.IncompleteReason)
	}
}

func TestDiffCacheabilityLost(t *testing.T) {
	_, dir := runDemo(t)
	base := filepath.Join(dir, "audit.json")
	a := testkit.ReadAudit(t, base)
	for i := range a.Routes {
		if a.Routes[i].Pattern == "/about" {
			a.Routes[i].Cache.StorableShared = false
			a.Routes[i].Cache.Verdict = "none"
			a.Routes[i].Cache.CacheControl = "private, no-store"
		}
	}
	head := writeAudit(t, a)
	r := cli(t, "", "diff", base, head)
	if r.code != exitAssertions || !strings.Contains(r.stdout, "/about") {
		t.Errorf("exit %d (want 1), stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, "", "diff", base, base); r.code != exitOK {
		t.Errorf("diff of an audit with itself: exit %d: %s", r.code, r.stdout)
	}
}

// TestBaselineUnchangedSite audits the demo again against the first run:
// an unchanged site must not report a regression.
func TestBaselineUnchangedSite(t *testing.T) {
	if testing.Short() {
		t.Skip("second full demo audit")
	}
	_, dir := runDemo(t)
	out := t.TempDir()
	r := cli(t, "", "demo", "--quiet", "--out", out, "--baseline", filepath.Join(dir, "audit.json"))
	if r.code != exitOK {
		t.Errorf("exit %d on an unchanged site: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "diff.md")); err != nil {
		t.Errorf("diff.md not written: %v", err)
	}
}

func writeAudit(t *testing.T, a *rendermap.Audit) string {
	t.Helper()
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "audit.json")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInitWritesLoadableConfig(t *testing.T) {
	p := filepath.Join(t.TempDir(), "rendermap.yaml")
	if r := cli(t, "", "init", "-o", p); r.code != exitOK {
		t.Fatalf("init: %s", r.stderr)
	}
	if r := cli(t, "", "init", "-o", p); r.code != exitUsage || !strings.Contains(r.stderr, "--force") {
		t.Errorf("second init: exit %d, %s", r.code, r.stderr)
	}
	if _, err := config.Load(p); err != nil {
		t.Errorf("starter config does not load: %v", err)
	}
}

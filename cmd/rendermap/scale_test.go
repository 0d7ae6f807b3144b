package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// TestShardsMergeToTheSameAdvice audits the demo in two shards that share
// one discovery, merges them and compares with the truth (which the
// unsharded demo audit matches, see TestDemoMatchesTruth).
func TestShardsMergeToTheSameAdvice(t *testing.T) {
	if testing.Short() {
		t.Skip("two demo audits")
	}
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	dir := t.TempDir()
	routes := cli(t, "", "routes", "--quiet", "--format", "json", srv.URL()+"/")
	if routes.code != exitOK {
		t.Fatalf("routes: %s", routes.stderr)
	}
	routesFile := filepath.Join(dir, "routes.json")
	if err := os.WriteFile(routesFile, []byte(routes.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	res := make([]result, 2)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = cli(t, "", "audit", "--quiet", "--routes-file", routesFile, "--shard", fmt.Sprintf("%d/2", i+1),
				"--out", filepath.Join(dir, fmt.Sprint("shard-", i+1)), srv.URL()+"/")
		}()
	}
	wg.Wait()
	for i, r := range res {
		if r.code != exitOK {
			t.Fatalf("shard %d/2: exit %d: %s", i+1, r.code, r.stderr)
		}
	}
	s1, s2 := filepath.Join(dir, "shard-1", "audit.json"), filepath.Join(dir, "shard-2", "audit.json")
	m := cli(t, "", "merge", s1, s2)
	if m.code != exitOK {
		t.Fatalf("merge: %s", m.stderr)
	}
	merged, err := rendermap.Decode([]byte(m.stdout))
	if err != nil {
		t.Fatal(err)
	}
	assertMatchesTruth(t, merged)
	if r := cli(t, "", "merge", s1); r.code != exitUsage || !strings.Contains(r.stderr, "missing shard 2/2") {
		t.Errorf("merging one of two shards: exit %d, %s", r.code, r.stderr)
	}
	foreign := testkit.ReadAudit(t, s2)
	foreign.Site.Origin = "http://127.0.0.1:1"
	if r := cli(t, "", "merge", s1, writeAudit(t, foreign)); r.code != exitUsage || !strings.Contains(r.stderr, "127.0.0.1:1") {
		t.Errorf("merging a foreign shard: exit %d, %s", r.code, r.stderr)
	}
}

// devtoolsBrowser starts a headless Chromium with a DevTools port, as a
// browser pool would run it, in its own process group.
func devtoolsBrowser(t *testing.T, port int) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(testkit.BrowserBin(t), "--headless", "--remote-debugging-port="+strconv.Itoa(port), "--remote-debugging-address=127.0.0.1",
		"--user-data-dir="+t.TempDir(), "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--no-first-run", "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { killGroup(cmd) })
	waitListening(t, "127.0.0.1:"+strconv.Itoa(port))
	return cmd
}

func killGroup(cmd *exec.Cmd) {
	if cmd.ProcessState == nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
	}
}

// TestRemoteBrowserSurvivesLoss audits the demo through --browser, kills
// that browser mid-audit and brings a new one up on the same port: the
// audit reconnects and gives the truth's recommendations.
func TestRemoteBrowserSurvivesLoss(t *testing.T) {
	if testing.Short() {
		t.Skip("a demo audit")
	}
	port, _ := strconv.Atoi(strings.Split(freeAddr(t), ":")[1])
	first := devtoolsBrowser(t, port)
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	out := t.TempDir()
	done := make(chan result, 1)
	go func() {
		done <- cli(t, "", "audit", "--quiet", "--browser", fmt.Sprintf("http://127.0.0.1:%d", port), "--out", out, srv.URL()+"/")
	}()
	time.Sleep(8 * time.Second)
	killGroup(first)
	devtoolsBrowser(t, port)
	r := <-done
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	a := testkit.ReadAudit(t, filepath.Join(out, "audit.json"))
	assertMatchesTruth(t, a)
	restarted := false
	for _, w := range a.Warnings {
		restarted = restarted || w.Source == "browser"
	}
	t.Logf("warnings: %+v", a.Warnings)
	if !restarted {
		t.Errorf("no warning records the lost browser")
	}
}

// TestScaleDemoMatchesTruth audits the demo at --scale 100 (200,000
// products): the same patterns and recommendations as at the default size,
// with the product count taken from the sitemaps in full even though
// discovery stops at --max-urls.
func TestScaleDemoMatchesTruth(t *testing.T) {
	if testing.Short() {
		t.Skip("a demo audit at scale")
	}
	t.Parallel() // see TestMain
	out := t.TempDir()
	r := cli(t, "", "demo", "--quiet", "--scale", "100", "--out", out)
	if r.code != exitOK {
		t.Fatalf("demo --scale 100: exit %d: %s", r.code, r.stderr)
	}
	a := testkit.ReadAudit(t, filepath.Join(out, "audit.json"))
	assertMatchesTruth(t, a)
	for _, rt := range a.Routes {
		if rt.Pattern == "/products/[id]" && (rt.Discovery.Pages != 200000 || rt.PagesSource != "sitemap" || rt.PagesLowerBound) {
			t.Errorf("/products/[id]: %d pages from %s (lower bound %v), want 200,000 from the sitemap", rt.Discovery.Pages, rt.PagesSource, rt.PagesLowerBound)
		}
	}
}

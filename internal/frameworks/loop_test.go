//go:build frameworks

package frameworks

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// sites is testdata/sites, relative to this package.
var sites = filepath.Join("..", "..", "testdata", "sites")

func TestMain(m *testing.M) {
	if _, err := exec.LookPath("node"); err != nil {
		fmt.Fprintln(os.Stderr, "frameworks: Node.js >= 20.9 and npm are needed: install them (make test-frameworks checks this first)")
		os.Exit(1)
	}
	testkit.Main(m)
}

// truthRow is one line of an app's truth.json, written from its design.
type truthRow struct {
	Pattern  string `json:"pattern"`
	Current  string `json:"current"`
	Strategy string `json:"strategy"`
	Interval int64  `json:"interval_seconds"`
	Why      string `json:"why"`
}

func readTruth(t *testing.T, app string) map[string]truthRow {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(sites, app, "truth.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []truthRow
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatalf("%s/truth.json: %v", app, err)
	}
	out := map[string]truthRow{}
	for _, r := range rows {
		out[r.Pattern] = r
	}
	return out
}

// cli runs rendermap and returns its stdout; a non-zero exit fails the test.
func cli(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(testkit.Rendermap(t), args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("rendermap %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(out)
}

// served copies the app, lets prepare change the copy, builds it, serves it
// and audits it; it returns the audit's path and printed table.
func served(t *testing.T, app string, prepare func(dir string)) (string, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	a, err := Copy(filepath.Join(sites, app), filepath.Join(t.TempDir(), app))
	if err != nil {
		t.Fatal(err)
	}
	prepare(a.Dir)
	start := time.Now()
	if err := a.Build(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: built in %s", app, time.Since(start).Round(100*time.Millisecond))
	s, err := a.Start(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	out := filepath.Join(t.TempDir(), "audit")
	start = time.Now()
	table := cli(t, "audit", "--quiet", "--out", out, s.URL+"/")
	t.Logf("%s: audited in %s\n%s", app, time.Since(start).Round(100*time.Millisecond), table)
	return filepath.Join(out, "audit.json"), table
}

// strategyOf is a strategy with its isr interval, as "isr 300" or "static".
func strategyOf(s rendermap.Strategy, interval int64) string {
	if s == rendermap.ISR {
		return fmt.Sprintf("isr %d", interval)
	}
	return string(s)
}

// checkTruth compares the first audit with the app's design.
func checkTruth(t *testing.T, a *rendermap.Audit, truth map[string]truthRow) {
	t.Helper()
	var got, want []string
	for _, r := range a.Routes {
		got = append(got, r.Pattern)
	}
	for p := range truth {
		want = append(want, p)
	}
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("patterns\n got %v\nwant %v", got, want)
	}
	for _, r := range a.Routes {
		tr := truth[r.Pattern]
		if string(r.Current.Strategy) != tr.Current {
			t.Errorf("%s: served today as %s, the design says %s (evidence %q)", r.Pattern, r.Current.Strategy, tr.Current, r.Current.Evidence)
		}
		rec := r.Recommendation
		if string(rec.Strategy) != tr.Strategy || (tr.Interval > 0 && rec.RevalidateSeconds != tr.Interval) {
			t.Errorf("%s: recommended %s, the design says %s (%s); reasons %q", r.Pattern,
				strategyOf(rec.Strategy, rec.RevalidateSeconds), strategyOf(rendermap.Strategy(tr.Strategy), tr.Interval), tr.Why, rec.Reasons)
		}
	}
}

// checkFixedPoint: the second audit serves every route as the first
// recommended, and advising it recommends no further change.
func checkFixedPoint(t *testing.T, first, second *rendermap.Audit, readvised *rendermap.Audit) {
	t.Helper()
	want := map[string]string{}
	for _, r := range first.Routes {
		want[r.Pattern] = strategyOf(r.Recommendation.Strategy, r.Recommendation.RevalidateSeconds)
	}
	for i, r := range second.Routes {
		if got := strategyOf(r.Current.Strategy, r.Current.RevalidateSeconds); got != want[r.Pattern] {
			t.Errorf("%s: after the config, served as %s, recommended was %s (evidence %q)", r.Pattern, got, want[r.Pattern], r.Current.Evidence)
		}
		rec := readvised.Routes[i].Recommendation
		if got := strategyOf(rec.Strategy, rec.RevalidateSeconds); got != want[r.Pattern] {
			t.Errorf("%s: the second audit recommends %s, not the fixed point %s; reasons %q", r.Pattern, got, want[r.Pattern], rec.Reasons)
		}
	}
}

// loop is the closed loop for one app: audit, configure, rebuild, audit.
func loop(t *testing.T, app, target string, apply func(t *testing.T, gen, dir string)) {
	truth := readTruth(t, app)
	firstPath, _ := served(t, app, func(string) {})
	keep(t, app, "audit1.json", firstPath)
	first := testkit.ReadAudit(t, firstPath)
	checkTruth(t, first, truth)
	gen := filepath.Join(t.TempDir(), "config")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	cli(t, "config", firstPath, "--target", target, "-o", gen)
	keep(t, app, "config", gen)
	secondPath, _ := served(t, app, func(dir string) { apply(t, gen, dir) })
	keep(t, app, "audit2.json", secondPath)
	readvised := filepath.Join(t.TempDir(), "readvised.json")
	cli(t, "advise", secondPath, "-o", readvised)
	checkFixedPoint(t, first, testkit.ReadAudit(t, secondPath), testkit.ReadAudit(t, readvised))
}

// keep copies one of the loop's files to $RENDERMAP_FRAMEWORKS_OUT/app/name
// when that variable is set, for a person to read.
func keep(t *testing.T, app, name, path string) {
	root := os.Getenv("RENDERMAP_FRAMEWORKS_OUT")
	if root == "" {
		return
	}
	dst := filepath.Join(root, app, name)
	_ = os.MkdirAll(filepath.Dir(dst), 0o755)
	_ = os.RemoveAll(dst)
	if out, err := exec.Command("cp", "-r", path, dst).CombinedOutput(); err != nil {
		t.Logf("keep %s: %v %s", path, err, out)
	}
}

func TestNextLoop(t *testing.T) {
	loop(t, "next", "next", func(t *testing.T, gen, dir string) {
		client, err := ApplyNext(gen, dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("next: client pages left as they are: %v", client)
	})
}

func TestNuxtLoop(t *testing.T) {
	loop(t, "nuxt", "nuxt", func(t *testing.T, gen, dir string) {
		if err := ApplyNuxt(gen, dir); err != nil {
			t.Fatal(err)
		}
	})
}

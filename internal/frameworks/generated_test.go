//go:build frameworks

package frameworks

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// shapesAudit is the config generator's sample audit (the demo shop's
// routes) plus the route shapes a minimal app must also accept: catch-all
// routes, static and isr, and a static dynamic route without examples.
func shapesAudit(t *testing.T) string {
	t.Helper()
	a := testkit.ReadAudit(t, filepath.Join("..", "..", "report", "emit", "testdata", "audit.json"))
	base := a.Routes[0]
	add := func(pattern string, s rendermap.Strategy, revalidate int64, examples ...string) {
		r := base
		r.Pattern, r.Examples = pattern, examples
		r.Recommendation = rendermap.Recommendation{Strategy: s, RevalidateSeconds: revalidate, Confidence: "high", Reasons: []string{"a route shape the app must accept"}}
		a.Routes = append(a.Routes, r)
	}
	add("/guides/[...slug]", rendermap.Static, 0, "/guides/getting-started/install", "/guides/deployment/vercel")
	add("/docs/[...path]", rendermap.ISR, 600, "/docs/a/b")
	add("/tags/[tag]", rendermap.Static, 0)
	out, err := rendermap.Encode(a)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "audit.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// buildsGenerated generates config for target, lays it over a copy of the
// minimal app and runs the app's production build: a config the framework
// rejects fails the build, and the test.
func buildsGenerated(t *testing.T, app string, place func(t *testing.T, gen, dir string)) {
	gen := filepath.Join(t.TempDir(), "config")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	cli(t, "config", shapesAudit(t), "--target", app, "-o", gen)
	a, err := Copy(filepath.Join(sites, app), filepath.Join(t.TempDir(), app))
	if err != nil {
		t.Fatal(err)
	}
	place(t, gen, a.Dir)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	start := time.Now()
	if err := a.Build(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(a.Dir, ".vercel", "output", "config.json")); err != nil {
		t.Fatalf("the build wrote no Vercel output: %v", err)
	}
	t.Logf("%s: built the generated config in %s", app, time.Since(start).Round(100*time.Millisecond))
}

// copyGenerated copies generated files (not the README) into dir.
func copyGenerated(t *testing.T, gen, dir string) []string {
	t.Helper()
	var copied []string
	err := filepath.WalkDir(gen, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "README.md" {
			return err
		}
		rel, _ := filepath.Rel(gen, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, rel)
		copied = append(copied, dst)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return copied
}

func TestAstroBuildsGeneratedConfig(t *testing.T) {
	buildsGenerated(t, "astro", func(t *testing.T, gen, dir string) { copyGenerated(t, gen, dir) })
}

// TestSvelteKitBuildsGeneratedConfig: a +page.ts is a page only beside a
// +page.svelte, so each generated one gets a trivial component.
func TestSvelteKitBuildsGeneratedConfig(t *testing.T) {
	buildsGenerated(t, "sveltekit", func(t *testing.T, gen, dir string) {
		for _, p := range copyGenerated(t, gen, dir) {
			if !strings.HasSuffix(p, "+page.ts") {
				continue
			}
			if err := os.WriteFile(filepath.Join(filepath.Dir(p), "+page.svelte"), []byte("<p>page</p>\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	})
}

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestConfigCommand(t *testing.T) {
	_, dir := runDemo(t)
	audit := filepath.Join(dir, "audit.json")
	// The demo is served by its origin, where Nitro ignores isr: the Nuxt
	// rules regenerate with swr there, and with isr on Vercel.
	r := cli(t, "", "config", audit, "--target", "nuxt")
	if r.code != exitOK || !strings.Contains(r.stdout, "routeRules") || !strings.Contains(r.stdout, "'/products/*': { swr: 3540 }") {
		t.Errorf("nuxt: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, "", "config", audit, "--target", "nuxt", "--platform", "vercel"); !strings.Contains(r.stdout, "'/products/*': { isr: 3540 }") {
		t.Errorf("nuxt on vercel: exit %d, stdout %s", r.code, r.stdout)
	}
	// The demo's only framework signal is the category pages' x-nextjs-cache:
	// without --target the config is Next.js's.
	if r := cli(t, "", "config", audit); r.code != exitOK || !strings.Contains(r.stdout, "export const revalidate = 3540") {
		t.Errorf("detected target: exit %d, stderr %s", r.code, r.stderr)
	}
	out := filepath.Join(t.TempDir(), "next")
	if r := cli(t, "", "config", audit, "--target", "next", "-o", out+"/"); r.code != exitOK {
		t.Fatalf("next: exit %d: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "app", "products", "[id]", "page.tsx")); err != nil {
		t.Errorf("next target did not mirror app/: %v", err)
	}
	if r := cli(t, "", "config", audit, "--target", "gatsby"); r.code != exitUsage || !strings.Contains(r.stderr, "nuxt") {
		t.Errorf("unknown target: exit %d, stderr %s", r.code, r.stderr)
	}
}

func TestReportMarkdown(t *testing.T) {
	_, dir := runDemo(t)
	out := t.TempDir()
	r := cli(t, "", "report", filepath.Join(dir, "audit.json"), "--format", "markdown", "-o", filepath.Join(out, "r.md"))
	if r.code != exitOK {
		t.Fatalf("markdown: %s", r.stderr)
	}
	data, _ := os.ReadFile(filepath.Join(out, "r.md"))
	if !strings.Contains(string(data), "Changes to make") || len(data) > 65000 {
		t.Errorf("markdown report: %d bytes", len(data))
	}
}

func TestDemoEmitsConfig(t *testing.T) {
	_, dir := runDemo(t)
	data, err := os.ReadFile(filepath.Join(dir, "config", "json", "routes.json"))
	if err != nil || !strings.Contains(string(data), "rendermap.routes/v1") {
		t.Errorf("--emit json: %v %.200s", err, data)
	}
}

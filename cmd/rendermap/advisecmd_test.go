package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

func TestAdviseCommandUsesConfigFacts(t *testing.T) {
	_, dir := runDemo(t)
	cfg := filepath.Join(t.TempDir(), "rendermap.yaml")
	// A one-minute budget for the products leaves isr a shorter window.
	body := "routes:\n  /products/[id]:\n    freshness: 1m\n"
	if err := os.WriteFile(cfg, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "", "advise", filepath.Join(dir, "audit.json"), "--config", cfg)
	if r.code != exitOK {
		t.Fatalf("advise: exit %d: %s", r.code, r.stderr)
	}
	a, err := rendermap.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	for _, rt := range a.Routes {
		if rt.Pattern == "/products/[id]" && (rt.Inputs.FreshnessBudgetSec.Value != 60 || rt.Inputs.FreshnessBudgetSec.Source != "config" || rt.Recommendation.RevalidateSeconds > 60) {
			t.Errorf("products: budget %+v, recommendation %+v", rt.Inputs.FreshnessBudgetSec, rt.Recommendation)
		}
	}
}

func TestCacheCommand(t *testing.T) {
	block := "HTTP/1.1 200 OK\r\nCache-Control: public, s-maxage=600, stale-while-revalidate=30\r\nContent-Type: text/html\r\n\r\n"
	r := cli(t, block, "cache", "--headers", "-", "--json")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var v struct {
		StorableShared bool   `json:"storable_shared"`
		Freshness      int64  `json:"freshness_seconds"`
		Source         string `json:"freshness_source"`
		SWR            int64  `json:"stale_while_revalidate_seconds"`
		Notes          []any  `json:"notes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil {
		t.Fatal(err)
	}
	if !v.StorableShared || v.Freshness != 600 || v.Source != "s-maxage" || v.SWR != 30 {
		t.Errorf("verdict %+v", v)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "sid", Value: "x"})
		w.Header().Set("Cache-Control", "public, max-age=60")
	}))
	defer srv.Close()
	r = cli(t, "", "cache", srv.URL)
	if r.code != exitOK || !strings.Contains(r.stdout, "verdict:") || !strings.Contains(r.stdout, "sets a cookie") || !strings.Contains(r.stdout, "verdict:       private") {
		t.Errorf("cache URL: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, "", "cache"); r.code != exitUsage {
		t.Errorf("cache without input: exit %d", r.code)
	}
}

func TestAdviseBuildFlags(t *testing.T) {
	_, dir := runDemo(t)
	r := cli(t, "", "advise", filepath.Join(dir, "audit.json"), "--build-workers", "16", "--build-overhead", "5", "--price-per-compute-second", "0.001")
	if r.code != exitOK {
		t.Fatalf("advise: exit %d: %s", r.code, r.stderr)
	}
	a, err := rendermap.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatal(err)
	}
	in := a.Routes[0].Inputs
	if in.BuildWorkers.Value != 16 || in.BuildOverheadSeconds.Value != 5 || in.BuildWorkers.Source == "default" {
		t.Errorf("build inputs: workers %+v overhead %+v", in.BuildWorkers, in.BuildOverheadSeconds)
	}
	if a.Routes[0].Recommendation.Cost == nil || a.Model.MoneyPerDay == 0 {
		t.Errorf("no money figures with a price: %+v", a.Model)
	}
}

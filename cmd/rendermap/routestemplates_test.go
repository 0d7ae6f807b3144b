package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// TestRoutesCommandTemplates: `routes` shows what grouped each pattern and
// names the patterns kept out, in the table and in JSON (real Chromium).
func TestRoutesCommandTemplates(t *testing.T) {
	if testing.Short() {
		t.Skip("real browser")
	}
	t.Parallel() // see TestMain
	testkit.BrowserBin(t)
	srv, err := fixtures.Start(fixtures.NewTemplates(), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var pinned result // the table with a pinned pattern, run beside the JSON one
	done := make(chan struct{})
	go func() {
		defer close(done)
		pinned = cli(t, "", "routes", "--quiet", "--route", "/learn/[section]/[page]", srv.URL()+"/")
	}()
	r := cli(t, "", "routes", "--quiet", "--format", "json", srv.URL()+"/")
	<-done
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res struct {
		Routes []struct {
			Pattern  string              `json:"pattern"`
			Pages    int                 `json:"pages"`
			Grouping *rendermap.Grouping `json:"grouping"`
		} `json:"routes"`
		NotAudited []rendermap.Unaudited `json:"not_audited"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("routes --format json: %v", err)
	}
	by := map[string]string{}
	for _, rt := range res.Routes {
		if rt.Grouping == nil {
			t.Errorf("%s: no grouping", rt.Pattern)
			continue
		}
		by[rt.Pattern] = rt.Grouping.By
	}
	if by["/guides/[...slug]"] != "template" || by["/kb/[...slug]"] != "framework" {
		t.Errorf("groupings %v", by)
	}
	if len(res.NotAudited) != 1 || res.NotAudited[0].Pattern != "/app/[...path]" || res.NotAudited[0].URLs != 3 {
		t.Errorf("not_audited %+v", res.NotAudited)
	}
	r = pinned
	for _, want := range []string{
		"GROUPED", "template/high", "\nGrouping:\n", "\n  /guides/[...slug] (template/high): 36 rendered pages share one template",
		"/learn/[section]/[page]", "pinned/high",
		"not audited: /app/[...path], 3 URLs, disallowed by robots.txt; audit your own site with --ignore-robots",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("routes table lacks %q:\n%s", want, r.stdout)
		}
	}
}

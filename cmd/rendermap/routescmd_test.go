package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/rendermap/rendermap/fixtures"
)

func TestRoutesCommand(t *testing.T) {
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	r := cli(t, "", "routes", "--quiet", "--no-render", "--format", "json", srv.URL()+"/")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var res struct {
		Routes []struct {
			Pattern string `json:"pattern"`
			Pages   int    `json:"pages"`
		} `json:"routes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		t.Fatalf("routes --format json: %v", err)
	}
	got := map[string]int{}
	for _, rt := range res.Routes {
		got[rt.Pattern] = rt.Pages
	}
	if got["/products/[id]"] != 2000 || got["/blog/[slug]"] != 120 || got["/category/[slug]"] != 12 {
		t.Errorf("routes from the sitemap: %v", got)
	}
	urls := srv.URL() + "/products/1\n" + srv.URL() + "/products/2\n" + srv.URL() + "/about\n"
	r = cli(t, urls, "routes", "--quiet", "--urls", "-")
	if r.code != exitOK || !strings.Contains(r.stdout, "/products/[id]") || !strings.Contains(r.stdout, "/about") {
		t.Errorf("routes --urls -: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, "", "routes"); r.code != exitUsage {
		t.Errorf("routes without input: exit %d", r.code)
	}
}

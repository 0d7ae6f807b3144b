package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rendermap/rendermap/crawl"
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

// TestRoutesCommandConfigAndFlags: routes takes pinned patterns from the
// config file and offers only the flags that discovery uses.
func TestRoutesCommandConfigAndFlags(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "rendermap.yaml")
	if err := os.WriteFile(cfg, []byte("crawl:\n  routes: [\"/shop/[dept]/[item]\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	var urls string
	for _, p := range []string{"/shop/tents/1", "/shop/boots/2", "/shop/hats/3"} {
		urls += srv.URL() + p + "\n"
	}
	r := cli(t, urls, "routes", "--quiet", "--config", cfg, "--urls", "-")
	if r.code != exitOK || !strings.Contains(r.stdout, "/shop/[dept]/[item]") {
		t.Errorf("pinned route from the config: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	help := cli(t, "", "routes", "--help").stdout
	for _, flag := range []string{"--emit", "--baseline", "--build-workers", "--traffic", "--cookie"} {
		if strings.Contains(help, flag) {
			t.Errorf("routes --help offers %s, which discovery never uses", flag)
		}
	}
	if !strings.Contains(help, "--seed") || !strings.Contains(help, "--max-urls") {
		t.Errorf("routes --help lacks a discovery flag:\n%s", help)
	}
}

// TestRoutesCommandEdges: a URL list alone lists only its URLs; the config
// file's site is the default URL; warnings reach stderr; a --timeout that
// elapses prints what was found and exits 3; a zero --timeout is a usage error.
func TestRoutesCommandEdges(t *testing.T) {
	slow := make(chan struct{})
	t.Cleanup(func() { close(slow) })
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private\n")
		case "/sitemap.xml":
			if r.URL.Query().Get("slow") != "" {
				select {
				case <-slow:
				case <-r.Context().Done():
				}
				return
			}
			fmt.Fprintf(w, `<urlset xmlns="%s"><url><loc>http://%s/a</loc></url><url><loc>http://%s/private/b</loc></url></urlset>`, crawl.SitemapNS, r.Host, r.Host)
		default:
			fmt.Fprint(w, "<p>page</p>")
		}
	}))
	defer srv.Close()
	r := cli(t, srv.URL+"/x/1\n"+srv.URL+"/x/2\n", "routes", "--quiet", "--urls", "-")
	if r.code != exitOK || strings.Contains(r.stdout, "\n/  ") || !strings.Contains(r.stdout, "/x/1") {
		t.Errorf("--urls only: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	cfg := filepath.Join(t.TempDir(), "rendermap.yaml")
	if err := os.WriteFile(cfg, []byte("site: "+srv.URL+"/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "", "routes", "--config", cfg, "--no-render")
	if r.code != exitOK || !strings.Contains(r.stdout, "/a ") || !strings.Contains(r.stderr, "warning (robots): 1 URL disallowed by robots.txt dropped") {
		t.Errorf("config site: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	r = cli(t, "", "routes", "--quiet", "--no-render", "--timeout", "500ms", "--sitemap", srv.URL+"/sitemap.xml?slow=1", srv.URL+"/")
	if r.code != exitIncomplete || !strings.Contains(r.stderr, "partial") || !strings.Contains(r.stdout, "route patterns") {
		t.Errorf("elapsed --timeout: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, "", "routes", "--timeout", "0", srv.URL+"/"); r.code != exitUsage || !strings.Contains(r.stderr, "--timeout") {
		t.Errorf("--timeout 0: exit %d, stderr %s", r.code, r.stderr)
	}
}

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestRoutesOffline: given only local files naming http://shop.invalid, a
// host no resolver knows, routes succeeds without dialing anything: no
// start-URL check, no robots.txt, no sitemap fetch, no browser.
func TestRoutesOffline(t *testing.T) {
	dials := refuseDials(t)
	dir := t.TempDir()
	list := write(t, dir, "urls.txt", "http://shop.invalid/products/1\nhttp://shop.invalid/products/2\n/about\n")
	log := write(t, dir, "access.log", `192.0.2.1 - - [01/Feb/2025:10:00:00 +0000] "GET /blog/hello HTTP/1.1" 200 512 "-" "Mozilla/5.0"`+"\n"+
		`192.0.2.1 - - [01/Feb/2025:10:00:01 +0000] "GET /style.css HTTP/1.1" 200 90 "-" "Mozilla/5.0"`+"\n")
	sitemap := write(t, dir, "sitemap.xml.gz", gzipped(t, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+
		`<url><loc>http://shop.invalid/products/3</loc></url><url><loc>http://shop.invalid/faq</loc></url></urlset>`))
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"url list", []string{"--urls", list}, []string{"/about", "/products/[id]"}},
		{"access log", []string{"--urls", log, "--site", "http://shop.invalid"}, []string{"/blog/hello"}},
		{"sitemap file", []string{"--sitemap", sitemap}, []string{"/faq", "/products/[id]"}},
		{"all three", []string{"--urls", list, "--sitemap", "file://" + sitemap}, []string{"/about", "/faq", "/products/[id]"}},
	}
	for _, c := range cases {
		r := cli(t, "", append([]string{"routes", "--quiet", "--format", "json"}, c.args...)...)
		if got := routePatterns(t, r); r.code != exitOK || fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: exit %d, patterns %v, want %v; stderr %s", c.name, r.code, got, c.want, r.stderr)
		}
	}
	if n := dials.Load(); n != 0 {
		t.Errorf("routes on local files dialed %d times", n)
	}
	if r := cli(t, "", "routes", "--urls", log); r.code != exitUsage || !strings.Contains(r.stderr, "--site") {
		t.Errorf("a log without --site: exit %d, stderr %s", r.code, r.stderr)
	}
	if r := cli(t, "", "routes", "--sitemap", filepath.Join(dir, "none.xml")); r.code != exitUsage || !strings.Contains(r.stderr, "no such file") {
		t.Errorf("a missing sitemap file: exit %d, stderr %s", r.code, r.stderr)
	}
}

// TestRoutesOfflineLoopback: a URL list naming a live 127.0.0.1 origin
// causes no connection to it; the same origin given as the site URL does,
// which shows the count works.
func TestRoutesOfflineLoopback(t *testing.T) {
	var conns atomic.Int64
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<p>home</p>")
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			conns.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()
	list := write(t, t.TempDir(), "urls.txt", srv.URL+"/products/1\n"+srv.URL+"/products/2\n")
	if r := cli(t, "", "routes", "--quiet", "--urls", list); r.code != exitOK || !strings.Contains(r.stdout, "/products/1") {
		t.Fatalf("routes --urls: exit %d, stdout %s, stderr %s", r.code, r.stdout, r.stderr)
	}
	if n := conns.Load(); n != 0 {
		t.Errorf("routes --urls opened %d connections to the listed origin", n)
	}
	if r := cli(t, "", "routes", "--quiet", "--no-render", "--urls", list, srv.URL+"/"); r.code != exitOK || conns.Load() == 0 {
		t.Errorf("routes with the site URL: exit %d, %d connections; want some", r.code, conns.Load())
	}
}

// TestRoutesListPastMaxURLs: every line of a list longer than --max-urls
// counts, and stderr says how many were counted but not kept.
func TestRoutesListPastMaxURLs(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, "http://shop.invalid/products/%d\n", i)
	}
	list := write(t, t.TempDir(), "urls.txt", b.String())
	r := cli(t, "", "routes", "--max-urls", "100", "--urls", list)
	if r.code != exitOK || !strings.Contains(r.stdout, "500") || strings.Contains(r.stdout, "500+") {
		t.Errorf("exit %d, stdout %s", r.code, r.stdout)
	}
	if !strings.Contains(r.stderr, "400 URLs of the URL list beyond the 100 kept") {
		t.Errorf("no warning with the number counted past --max-urls: %s", r.stderr)
	}
}

// refuseDials makes the default transport refuse and count every dial
// until the test ends.
func refuseDials(t *testing.T) *atomic.Int64 {
	t.Helper()
	var n atomic.Int64
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = func(context.Context, string, string) (net.Conn, error) {
		n.Add(1)
		return nil, errors.New("dial refused by the test")
	}
	old := http.DefaultTransport
	http.DefaultTransport = tr
	t.Cleanup(func() { http.DefaultTransport = old })
	return &n
}

func routePatterns(t *testing.T, r result) []string {
	t.Helper()
	var res struct {
		Routes []struct {
			Pattern string `json:"pattern"`
		} `json:"routes"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
		return nil
	}
	var out []string
	for _, rt := range res.Routes {
		out = append(out, rt.Pattern)
	}
	return out
}

func write(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gzipped(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

package chrome

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
)

func site(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("/static", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, s-maxage=600")
		fmt.Fprint(w, `<!doctype html><title>Static</title><h1>Hello</h1><p>First <b>para</b>.</p><a href="/next#x">n</a>`)
	})
	mux.HandleFunc("/nested", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><title>Nested</title><main><section><p>a</p></section><section><table><tr><td>x</td><td>y</td></tr></table></section></main>`)
	})
	mux.HandleFunc("/shell", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><title>Shell</title><div id="app"></div><script>
fetch('/api').then(r => r.json()).then(d => { document.getElementById('app').innerHTML = '<p>' + d.msg + '</p>'; });
</script>`)
	})
	mux.HandleFunc("/api", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"msg":"loaded by script"}`)
	})
	mux.HandleFunc("/dialog", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<!doctype html><title>Dialog</title><script>alert('hi'); confirm('sure?')</script><p>after</p>`)
	})
	mux.HandleFunc("/cookie", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("sid")
		if err != nil {
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: fmt.Sprint(time.Now().UnixNano())})
			fmt.Fprint(w, `<p>new visitor</p>`)
			return
		}
		fmt.Fprintf(w, `<p>returning %s</p><p>auth=%s</p>`, c.Value, r.Header.Get("X-Test"))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func render(t *testing.T, s rendermap.Session, url string) *rendermap.Rendered {
	t.Helper()
	r, err := s.Render(context.Background(), url)
	if err != nil {
		t.Fatalf("render %s: %v", url, err)
	}
	return r
}

func newSession(t *testing.T, opt rendermap.SessionOptions) rendermap.Session {
	t.Helper()
	s, err := Harness(t).NewSession(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestRenderStatic(t *testing.T) {
	srv := site(t)
	r := render(t, newSession(t, rendermap.SessionOptions{}), srv.URL+"/static")
	if r.Status != 200 || r.Header.Get("Cache-Control") != "public, s-maxage=600" {
		t.Errorf("status %d cache-control %q", r.Status, r.Header.Get("Cache-Control"))
	}
	if r.Title != "Static" || len(r.Blocks) != 3 || r.Blocks[1].Text != "First para." || r.Blocks[2].Text != "n" || r.Blocks[1].Heading != "Hello" {
		t.Errorf("title %q blocks %+v", r.Title, r.Blocks)
	}
	if len(r.Links) != 1 || r.Links[0] != srv.URL+"/next#x" {
		t.Errorf("links %v", r.Links)
	}
	if r.Timing.TTFBMS <= 0 || r.Timing.LoadMS <= 0 {
		t.Errorf("timing %+v", r.Timing)
	}
}

// TestBlockSelectors: every step of a block's selector names its element's
// place among siblings of its type, also for elements whose own children
// were counted first.
func TestBlockSelectors(t *testing.T) {
	srv := site(t)
	r := render(t, newSession(t, rendermap.SessionOptions{}), srv.URL+"/nested")
	want := map[string]string{"a": "body:nth-of-type(1) > main:nth-of-type(1) > section:nth-of-type(1) > p:nth-of-type(1)",
		"y": "main:nth-of-type(1) > section:nth-of-type(2) > table:nth-of-type(1) > tbody:nth-of-type(1) > tr:nth-of-type(1) > td:nth-of-type(2)"}
	seen := 0
	for _, b := range r.Blocks {
		if w, ok := want[b.Text]; ok {
			seen++
			if b.Selector != w {
				t.Errorf("block %q: selector %q, want %q", b.Text, b.Selector, w)
			}
		}
	}
	if seen < len(want) {
		t.Errorf("only %d of the blocks %v were extracted: %+v", seen, want, r.Blocks)
	}
}

func TestRenderClientShell(t *testing.T) {
	srv := site(t)
	r := render(t, newSession(t, rendermap.SessionOptions{}), srv.URL+"/shell")
	if !strings.Contains(r.Text, "loaded by script") {
		t.Errorf("text %q lacks script content", r.Text)
	}
	if len(r.Requests) != 1 || r.Requests[0].URL != srv.URL+"/api" || r.Requests[0].Status != 200 {
		t.Errorf("requests %+v", r.Requests)
	}
}

func TestRenderDismissesDialogs(t *testing.T) {
	srv := site(t)
	r := render(t, newSession(t, rendermap.SessionOptions{Timeout: 10 * time.Second}), srv.URL+"/dialog")
	if !strings.Contains(r.Text, "after") {
		t.Errorf("page did not finish past its dialogs: %q", r.Text)
	}
}

func TestSessionsIsolateCookies(t *testing.T) {
	srv := site(t)
	a := newSession(t, rendermap.SessionOptions{})
	if r := render(t, a, srv.URL+"/cookie"); !strings.Contains(r.Text, "new visitor") {
		t.Fatalf("first visit: %q", r.Text)
	}
	if r := render(t, a, srv.URL+"/cookie"); !strings.Contains(r.Text, "returning") {
		t.Errorf("same session lost its cookie: %q", r.Text)
	}
	b := newSession(t, rendermap.SessionOptions{})
	if r := render(t, b, srv.URL+"/cookie"); !strings.Contains(r.Text, "new visitor") {
		t.Errorf("fresh session shared a cookie: %q", r.Text)
	}
}

func TestSessionCookiesAndHeaders(t *testing.T) {
	srv := site(t)
	s := newSession(t, rendermap.SessionOptions{
		Cookies: []*http.Cookie{{Name: "sid", Value: "given"}},
		Header:  http.Header{"X-Test": {"yes"}},
	})
	if r := render(t, s, srv.URL+"/cookie"); !strings.Contains(r.Text, "returning given") || !strings.Contains(r.Text, "auth=yes") {
		t.Errorf("cookie or header not sent: %q", r.Text)
	}
}

func TestRenderUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/gone"
	srv.Close()
	_, err := newSession(t, rendermap.SessionOptions{}).Render(context.Background(), url)
	if err == nil || !strings.Contains(err.Error(), "navigate") {
		t.Errorf("err = %v, want a navigate error", err)
	}
}

func TestFindMissing(t *testing.T) {
	if _, err := Find("/nonexistent/chrome"); err == nil || !strings.Contains(err.Error(), "apt-get install chromium") {
		t.Errorf("err = %v", err)
	}
}

// TestReusedTabKeepsNetworkEvents renders in the same (reused) tab several
// times: every render must still see the page's data requests.
func TestReusedTabKeepsNetworkEvents(t *testing.T) {
	srv := site(t)
	s := newSession(t, rendermap.SessionOptions{})
	for i, path := range []string{"/shell", "/static", "/shell", "/shell"} {
		r := render(t, s, srv.URL+path)
		want := 0
		if path == "/shell" {
			want = 1
		}
		if len(r.Requests) != want || r.Status != 200 {
			t.Errorf("render %d of %s: status %d, requests %+v, want %d", i, path, r.Status, r.Requests, want)
		}
	}
}

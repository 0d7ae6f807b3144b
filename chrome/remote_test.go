package chrome

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-rod/rod/lib/proto"
	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
)

// visible is the part of a render that must not depend on which browser rendered it.
type visible struct {
	Status int
	Title  string
	Text   string
	Blocks []rendermap.TextBlock
	Links  []string
}

func visibleOf(r *rendermap.Rendered) visible {
	return visible{r.Status, r.Title, r.Text, r.Blocks, r.Links}
}

func TestConnect(t *testing.T) {
	srv := site(t)
	want := visibleOf(render(t, newSession(t, rendermap.SessionOptions{}), srv.URL+"/static"))
	d := startDevtools(t, 0)
	for _, tc := range []struct{ name, endpoint string }{
		{"ws", d.ws},
		{"http", fmt.Sprintf("http://127.0.0.1:%d/", d.port)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Connect(context.Background(), tc.endpoint, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			s, err := b.NewSession(context.Background(), rendermap.SessionOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if diff := cmp.Diff(want, visibleOf(render(t, s, srv.URL+"/static"))); diff != "" {
				t.Errorf("connected render differs from launched (-launched +connected):\n%s", diff)
			}
			if b.PID() != 0 {
				t.Errorf("PID() = %d for a remote browser, want 0", b.PID())
			}
		})
	}
	t.Run("close leaves the browser running", func(t *testing.T) { closeLeavesRunning(t, d) })
}

// closeLeavesRunning closes a connected browser with a session still open:
// the session's context goes, the browser stays.
func closeLeavesRunning(t *testing.T, d *devtools) {
	b, err := Connect(context.Background(), d.ws, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.NewSession(context.Background(), rendermap.SessionOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	if st, ok := procs()[d.cmd.Process.Pid]; !ok || st.state == "Z" {
		t.Fatal("Close stopped the remote browser")
	}
	again, err := Connect(context.Background(), d.ws, Options{})
	if err != nil {
		t.Fatalf("remote browser gone after Close: %v", err)
	}
	defer again.Close()
	ctxs, err := proto.TargetGetBrowserContexts{}.Call(again.rod)
	if err != nil {
		t.Fatal(err)
	}
	if len(ctxs.BrowserContextIDs) != 0 {
		t.Errorf("Close left incognito contexts %v on the remote browser", ctxs.BrowserContextIDs)
	}
}

// TestResolve checks how an http endpoint becomes a WebSocket URL, against
// a fake /json/version.
func TestResolve(t *testing.T) {
	var gotPath, gotQuery string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath, gotQuery = r.URL.Path, r.URL.RawQuery
		fmt.Fprint(w, `{"webSocketDebuggerUrl":"ws://0.0.0.0:9222/devtools/browser/abc"}`)
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	for _, tc := range []struct{ name, endpoint, want, path string }{
		{"ws as given", "ws://h:1/x?token=t", "ws://h:1/x?token=t", ""},
		{"http", srv.URL, "ws://" + host + "/devtools/browser/abc", "/json/version"},
		{"trailing slash", srv.URL + "/", "ws://" + host + "/devtools/browser/abc", "/json/version"},
		{"prefix and token", srv.URL + "/pool?token=t", "ws://" + host + "/devtools/browser/abc?token=t", "/pool/json/version"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gotPath = ""
			got, err := resolve(context.Background(), tc.endpoint)
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want || gotPath != tc.path {
				t.Errorf("resolve(%q) = %q after GET %q, want %q after GET %q", tc.endpoint, got, gotPath, tc.want, tc.path)
			}
		})
	}
	if gotQuery != "token=t" {
		t.Errorf("the token was not sent to /json/version: query %q", gotQuery)
	}
}

func TestConnectErrors(t *testing.T) {
	noWS := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"Browser":"x"}`)
	}))
	defer noWS.Close()
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	for _, tc := range []struct{ name, endpoint, want string }{
		{"scheme", "ftp://127.0.0.1:9/?token=sekrit", "scheme \"ftp\""},
		{"no host", "localhost", "want ws://"},
		{"no webSocketDebuggerUrl", noWS.URL + "?token=sekrit", "no webSocketDebuggerUrl"},
		{"refused http", gone.URL + "?token=sekrit", "read " + gone.URL + "/json/version"},
		{"refused ws", strings.Replace(gone.URL, "http", "ws", 1) + "/devtools/browser/x?token=sekrit", "connect to browser"},
		{"not found", strings.Replace(gone.URL, "http", "ws", 1), "connect to browser"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Connect(context.Background(), tc.endpoint, Options{})
			if err == nil {
				b.Close()
				t.Fatal("Connect succeeded")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
			if strings.Contains(err.Error(), "sekrit") {
				t.Errorf("err leaks the endpoint token: %v", err)
			}
		})
	}
}

func TestRedactURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ws://grid:4444/session/abc/se/cdp", "ws://grid:4444/session/abc/se/cdp"},
		{"wss://u:p@pool.example?token=sekrit", "wss://pool.example"},
		{"http://127.0.0.1:3000/?token=s#frag", "http://127.0.0.1:3000/"},
		{"http://[::1:bad", "(unparsable URL)"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := redactURL(tc.in); got != tc.want {
				t.Errorf("redactURL(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

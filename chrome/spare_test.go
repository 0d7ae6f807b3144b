package chrome

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

// visitorSite serves /visit: the server greets a returning visitor by its
// cookie, and the page's script reports what local and session storage
// held before it wrote to both.
func visitorSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		greeting := "new visitor"
		if _, err := r.Cookie("seen"); err == nil {
			greeting = "returning visitor"
		}
		http.SetCookie(w, &http.Cookie{Name: "seen", Value: "1"})
		fmt.Fprintf(w, `<!doctype html><title>Visit</title><p>%s</p><p id="local"></p><p id="session"></p><script>
document.getElementById('local').textContent = 'local ' + (localStorage.getItem('k') || 'empty');
document.getElementById('session').textContent = 'session ' + (sessionStorage.getItem('k') || 'empty');
localStorage.setItem('k', 'kept'); sessionStorage.setItem('k', 'kept');
</script>`, greeting)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestClosedSessionReturnsAsNewVisitor closes a session that made itself
// known to a site (a cookie, local and session storage) and opens another
// with the same settings: it gets the closed one's browser context back,
// with nothing left that the site could recognize.
func TestClosedSessionReturnsAsNewVisitor(t *testing.T) {
	srv := visitorSite(t)
	opt := rendermap.SessionOptions{AllowOrigins: []string{srv.URL}}
	first := newSession(t, opt)
	render(t, first, srv.URL+"/visit")
	again := render(t, first, srv.URL+"/visit")
	for _, want := range []string{"returning visitor", "local kept", "session kept"} {
		if !strings.Contains(again.Text, want) {
			t.Fatalf("second visit in one session: %q lacks %q", again.Text, want)
		}
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	next := newSession(t, opt)
	r := render(t, next, srv.URL+"/visit")
	if contextOf(next) != contextOf(first) {
		t.Errorf("the new session has browser context %s, want the closed session's %s back", contextOf(next), contextOf(first))
	}
	if r.Jar == again.Jar {
		t.Errorf("the new visitor's loads name the closed session's jar %s", r.Jar)
	}
	for _, want := range []string{"new visitor", "local empty", "session empty"} {
		if !strings.Contains(r.Text, want) {
			t.Errorf("visit in the reused session: %q lacks %q", r.Text, want)
		}
	}
}

// TestSpareNeedsSameSettings: a closed session is not handed to a session
// with other request headers, nor kept at all when it carried cookies.
func TestSpareNeedsSameSettings(t *testing.T) {
	srv := visitorSite(t)
	plain := rendermap.SessionOptions{AllowOrigins: []string{srv.URL}}
	withCookie := plain
	withCookie.Cookies = []*http.Cookie{{Name: "sid", Value: "x"}}
	withHeader := plain
	withHeader.Header = http.Header{"Accept-Language": {"de"}}
	for _, c := range []struct {
		name        string
		closed, new rendermap.SessionOptions
	}{{"cookies", withCookie, withCookie}, {"header", plain, withHeader}} {
		s := newSession(t, c.closed)
		render(t, s, srv.URL+"/visit")
		_ = s.Close()
		if got := newSession(t, c.new); contextOf(got) == contextOf(s) {
			t.Errorf("%s: the new session reused the closed one's browser context %s", c.name, contextOf(s))
		}
	}
}

// TestWarmPreparesTheTab: Warm opens the tab the next Render loads in.
func TestWarmPreparesTheTab(t *testing.T) {
	srv := site(t)
	s := newSession(t, rendermap.SessionOptions{}).(*Session)
	if err := s.Warm(context.Background(), srv.URL+"/static"); err != nil {
		t.Fatal(err)
	}
	if len(s.idle) != 1 {
		t.Fatalf("after Warm: %d idle tabs, want 1", len(s.idle))
	}
	warmed := s.idle[0]
	render(t, s, srv.URL+"/static")
	if len(s.idle) != 1 || s.idle[0] != warmed {
		t.Errorf("Render did not load in the warmed tab (%d idle tabs)", len(s.idle))
	}
}

// contextOf names s's browser context.
func contextOf(s rendermap.Session) string {
	return string(s.(*Session).b.BrowserContextID)
}

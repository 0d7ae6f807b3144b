package chrome

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rendermap/rendermap"
)

// TestGuardBlocksOtherOrigins: with AllowOrigins set, no request reaches
// another origin: not a subresource, not a redirect target, not a pop-up.
func TestGuardBlocksOtherOrigins(t *testing.T) {
	var other atomic.Int32
	away := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		other.Add(1)
		fmt.Fprint(w, "<p>elsewhere</p>")
	}))
	defer away.Close()
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<title>Page</title><p>home</p><img src="%[1]s/pixel.png"><script src="%[1]s/x.js"></script>
<script>window.open(%[1]q + '/popup'); fetch(%[1]q + '/api').catch(() => {});</script>`, away.URL)
	})
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, away.URL+"/landing", http.StatusFound)
	})
	home := httptest.NewServer(mux)
	defer home.Close()
	s := newSession(t, rendermap.SessionOptions{AllowOrigins: []string{home.URL}})
	r := render(t, s, home.URL+"/page")
	if !strings.Contains(r.Text, "home") {
		t.Errorf("the allowed page did not render: %q", r.Text)
	}
	if r, err := s.Render(context.Background(), home.URL+"/away"); err == nil && strings.Contains(r.Text, "elsewhere") {
		t.Errorf("a redirect to another origin was followed: %q", r.Text)
	}
	if n := other.Load(); n != 0 {
		t.Errorf("the other origin received %d requests", n)
	}
}

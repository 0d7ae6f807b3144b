package measure

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// countingPacer records the hosts it was asked to wait for.
type countingPacer struct {
	mu    sync.Mutex
	hosts map[string]int
}

func (c *countingPacer) Wait(ctx context.Context, host string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.hosts == nil {
		c.hosts = map[string]int{}
	}
	c.hosts[host]++
	return ctx.Err()
}

// TestMeasurePolite: every request waits for the pacer, and a 429 answer is
// retried after its Retry-After instead of becoming a sample or an error.
func TestMeasurePolite(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n := hits.Add(1); n == 2 || n == 4 {
			w.Header().Set("Retry-After", "0")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>hello</p>"))
	}))
	defer srv.Close()
	a := auditFor(srv.URL, map[string][]string{"/p": {"/p"}})
	pacer := &countingPacer{}
	if err := Measure(context.Background(), a, Options{Samples: 3, Recheck: -1, Pacer: pacer}); err != nil {
		t.Fatal(err)
	}
	r := a.Routes[0]
	if pages := r.Evidence.Pages; len(pages) != 1 || pages[0].Error != "" || len(pages[0].TTFBMS) != 3 {
		t.Fatalf("page = %+v, want 3 samples and no error", pages)
	}
	host := strings.TrimPrefix(srv.URL, "http://")
	if got := pacer.hosts[host]; got != int(hits.Load()) {
		t.Errorf("pacer waited %d times for %d requests", got, hits.Load())
	}
	found := false
	for _, w := range a.Warnings {
		found = found || strings.Contains(w.Message, "answered 429 or 503 2 times")
	}
	if !found {
		t.Errorf("no warning counts the retried answers: %+v", a.Warnings)
	}
}

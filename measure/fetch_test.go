package measure

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"
)

// slowNet adds a network round trip: connecting takes rtt, and each
// response arrives rtt after its request was written (half each way).
type slowNet struct{ rtt time.Duration }

func (s slowNet) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	time.Sleep(s.rtt) // the TCP handshake, without httptrace's connect events
	c, err := (&net.Dialer{}).DialContext(context.Background(), network, addr)
	if err != nil {
		return nil, err
	}
	return &slowConn{Conn: c, rtt: s.rtt}, nil
}

type slowConn struct {
	net.Conn
	rtt   time.Duration
	mu    sync.Mutex
	wrote time.Time // the last write not yet answered
}

func (c *slowConn) Write(b []byte) (int, error) {
	c.mu.Lock()
	c.wrote = time.Now()
	c.mu.Unlock()
	return c.Conn.Write(b)
}

// Read holds back the first bytes read after a write by a round trip: the
// request's trip out and the response's trip back, added to the server's time.
func (c *slowConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	c.mu.Lock()
	wrote := c.wrote
	c.wrote = time.Time{}
	c.mu.Unlock()
	if !wrote.IsZero() {
		time.Sleep(c.rtt)
	}
	return n, err
}

func TestServerTimeExcludesRoundTrip(t *testing.T) {
	const server, rtt = 40 * time.Millisecond, 60 * time.Millisecond
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(server)
		w.Write([]byte("<p>ok</p>"))
	}))
	defer srv.Close()
	c := &http.Client{Transport: &http.Transport{DialContext: slowNet{rtt}.dial, DisableKeepAlives: true}}
	r, err := fetch(context.Background(), c, srv.URL, nil, false, 0)
	if err != nil {
		t.Fatal(err)
	}
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	// Sleeps only overrun, so each measured figure is at least the simulated
	// one, and the server time is off only by how much the round trip and
	// the wait overran (the scheduler on a busy machine), never by a whole
	// round trip.
	if r.RTT < ms(rtt) {
		t.Errorf("round trip %.1f ms, want at least %v", r.RTT, rtt)
	}
	if r.Wait < ms(server+rtt) {
		t.Errorf("wait %.1f ms, want at least server + round trip (%v)", r.Wait, server+rtt)
	}
	low, high := ms(server)-(r.RTT-ms(rtt))-1, ms(server)+(r.Wait-ms(server+rtt))+1
	if r.Server < low || r.Server > high {
		t.Errorf("server time %.1f ms, want %v (between %.1f and %.1f given the overruns): the %v round trip must not count",
			r.Server, server, low, high, rtt)
	}
	if r.TTFB < r.Wait+r.RTT {
		t.Errorf("ttfb %.1f below wait %.1f + connect %.1f", r.TTFB, r.Wait, r.RTT)
	}
}

package measure

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"time"
)

// fetchResult is one plain HTTP fetch with its timing.
type fetchResult struct {
	Status    int
	Header    http.Header
	Body      []byte
	Truncated bool
	// TTFB is request start to first byte; Wait is request written to first
	// byte; RTT is one network round trip (the TCP connect); Server is Wait
	// minus RTT, the origin's own time. All in milliseconds.
	TTFB, Wait, RTT, Server float64
	At                      time.Time
}

// fetchTimes collects httptrace events for one request.
type fetchTimes struct {
	start, wrote, first                  time.Time
	getConn, gotConn                     time.Time
	connStart, connDone                  time.Time
	dnsStart, dnsDone, tlsStart, tlsDone time.Time
}

func (ft *fetchTimes) trace() *httptrace.ClientTrace {
	return &httptrace.ClientTrace{
		GetConn:              func(string) { ft.getConn = time.Now() },
		GotConn:              func(httptrace.GotConnInfo) { ft.gotConn = time.Now() },
		DNSStart:             func(httptrace.DNSStartInfo) { ft.dnsStart = time.Now() },
		DNSDone:              func(httptrace.DNSDoneInfo) { ft.dnsDone = time.Now() },
		ConnectStart:         func(string, string) { ft.connStart = time.Now() },
		ConnectDone:          func(string, string, error) { ft.connDone = time.Now() },
		TLSHandshakeStart:    func() { ft.tlsStart = time.Now() },
		TLSHandshakeDone:     func(tls.ConnectionState, error) { ft.tlsDone = time.Now() },
		WroteRequest:         func(httptrace.WroteRequestInfo) { ft.wrote = time.Now() },
		GotFirstResponseByte: func() { ft.first = time.Now() },
	}
}

// rtt is one round trip: the TCP connect when the dialer reported it, else
// the wait for a connection minus DNS and TLS (a custom dialer). A reused
// connection has no measurable round trip and gives 0.
func (ft *fetchTimes) rtt() time.Duration {
	if !ft.connStart.IsZero() && ft.connDone.After(ft.connStart) {
		return ft.connDone.Sub(ft.connStart)
	}
	if ft.getConn.IsZero() || !ft.gotConn.After(ft.getConn) {
		return 0
	}
	d := ft.gotConn.Sub(ft.getConn) - between(ft.dnsStart, ft.dnsDone) - between(ft.tlsStart, ft.tlsDone)
	return max(d, 0)
}

func between(a, b time.Time) time.Duration {
	if a.IsZero() || !b.After(a) {
		return 0
	}
	return b.Sub(a)
}

// fetch GETs url on a fresh connection; extra adds request headers. The
// body is read (up to max bytes) only when keepBody is set.
func fetch(ctx context.Context, c *http.Client, url string, extra http.Header, keepBody bool, max int64) (fetchResult, error) {
	ft := &fetchTimes{}
	req, err := http.NewRequestWithContext(httptrace.WithClientTrace(ctx, ft.trace()), http.MethodGet, url, nil)
	if err != nil {
		return fetchResult{}, fmt.Errorf("build request: %w", err)
	}
	req.Close = true
	for k, vs := range extra {
		req.Header[k] = vs
	}
	ft.start = time.Now()
	resp, err := c.Do(req)
	if err != nil {
		return fetchResult{}, fmt.Errorf("get %s: %w", url, err)
	}
	defer resp.Body.Close()
	res := fetchResult{Status: resp.StatusCode, Header: resp.Header, At: ft.start}
	res.setTimes(ft)
	if keepBody {
		if err := res.readBody(resp.Body, max); err != nil {
			return res, fmt.Errorf("read %s: %w", url, err)
		}
	}
	return res, nil
}

// setTimes derives TTFB, wait, round trip and server time from the trace.
func (r *fetchResult) setTimes(ft *fetchTimes) {
	wait := ft.first.Sub(ft.wrote)
	rtt := min(ft.rtt(), max(wait, 0))
	r.TTFB, r.Wait, r.RTT, r.Server = ms(ft.first.Sub(ft.start)), ms(wait), ms(rtt), ms(wait-rtt)
}

func (r *fetchResult) readBody(body io.Reader, max int64) error {
	b, err := io.ReadAll(io.LimitReader(body, max+1))
	if int64(len(b)) > max {
		b, r.Truncated = b[:max], true
	}
	r.Body = b
	return err
}

func ms(d time.Duration) float64 {
	if d < 0 {
		return 0
	}
	return round3(float64(d) / float64(time.Millisecond))
}

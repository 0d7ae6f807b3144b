package measure

import (
	"context"
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
	// TTFB is request start to first byte; Server is request written to
	// first byte; both in milliseconds.
	TTFB, Server float64
	At           time.Time
}

// fetchTimes collects httptrace events for one request.
type fetchTimes struct {
	start, wrote, first time.Time
}

func (ft *fetchTimes) trace() *httptrace.ClientTrace {
	return &httptrace.ClientTrace{
		WroteRequest:         func(httptrace.WroteRequestInfo) { ft.wrote = time.Now() },
		GotFirstResponseByte: func() { ft.first = time.Now() },
	}
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
	res.TTFB, res.Server = ms(ft.first.Sub(ft.start)), ms(ft.first.Sub(ft.wrote))
	if keepBody {
		if err := res.readBody(resp.Body, max); err != nil {
			return res, fmt.Errorf("read %s: %w", url, err)
		}
	}
	return res, nil
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

package crawl

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"sync"
	"time"
)

const (
	// maxRetries is how often a 429/503 answer is retried.
	maxRetries = 2
	// maxRetryWait caps one Retry-After wait.
	maxRetryWait = 30 * time.Second
	// maxFetchBytes caps a fetched body (compressed sitemaps included).
	maxFetchBytes = MaxSitemapBytes + 1<<20
)

// fetcher makes polite GET requests: one User-Agent, a per-host minimum
// interval between requests, and backoff on 429/503 honouring Retry-After.
type fetcher struct {
	client  *http.Client
	ua      string
	pace    *Pacer
	offline bool // refuse every request (Options.Offline)
}

// Pacer spaces requests to each host by at least an interval. Discovery
// uses one at Options.Rate raised to Crawl-delay; measuring can share the
// same politeness through its own.
type Pacer struct {
	mu       sync.Mutex
	interval time.Duration
	next     map[string]time.Time
}

// NewPacer returns a Pacer with the given minimum interval per host.
func NewPacer(interval time.Duration) *Pacer {
	return &Pacer{interval: interval, next: map[string]time.Time{}}
}

func newRatePacer(rate float64) *Pacer {
	return NewPacer(time.Duration(float64(time.Second) / rate))
}

// slowTo raises the interval (for Crawl-delay).
func (p *Pacer) slowTo(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if d > p.interval {
		p.interval = d
	}
}

// Wait blocks until host may be contacted again, or ctx ends.
func (p *Pacer) Wait(ctx context.Context, host string) error {
	p.mu.Lock()
	now := time.Now()
	at := p.next[host]
	if at.Before(now) {
		at = now
	}
	p.next[host] = at.Add(p.interval)
	p.mu.Unlock()
	return sleep(ctx, at.Sub(now))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// response is a fetched body with its status.
type response struct {
	status int
	header http.Header
	body   []byte
}

// get fetches u, retrying 429/503 answers after their Retry-After.
func (f *fetcher) get(ctx context.Context, host, u string) (*response, error) {
	if f.offline {
		return nil, fmt.Errorf("fetch %s: %w", u, errOffline)
	}
	for attempt := 0; ; attempt++ {
		if err := f.pace.Wait(ctx, host); err != nil {
			return nil, err
		}
		r, err := f.once(ctx, u)
		if err != nil || !Retryable(r.status) || attempt == maxRetries {
			return r, err
		}
		if err := WaitRetryAfter(ctx, r.header.Get("Retry-After"), attempt); err != nil {
			return r, err
		}
	}
}

func (f *fetcher) once(ctx context.Context, u string) (*response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	req.Header.Set("User-Agent", f.ua)
	res, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u, err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxFetchBytes))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", u, err)
	}
	return &response{status: res.StatusCode, header: res.Header, body: body}, nil
}

// Retryable reports whether a status asks to come back later (429, 503).
func Retryable(status int) bool {
	return status == http.StatusTooManyRequests || status == http.StatusServiceUnavailable
}

// WaitRetryAfter waits before retry number attempt (from 0) of a 429 or 503
// answer, as its Retry-After value v says (seconds or an HTTP date), or
// until ctx ends. Without one it backs off 1 s, then 2 s, and so on; a wait
// is at most 30 s.
func WaitRetryAfter(ctx context.Context, v string, attempt int) error {
	return sleep(ctx, retryAfter(v, attempt))
}

func retryAfter(v string, attempt int) time.Duration {
	d := time.Duration(1<<attempt) * time.Second
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		d = time.Duration(s) * time.Second
	} else if t, err := http.ParseTime(v); err == nil {
		d = time.Until(t)
	}
	return min(max(d, 0), maxRetryWait)
}

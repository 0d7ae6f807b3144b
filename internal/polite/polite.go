// Package polite holds what discovery and measuring share to be polite to
// a site: a Pacer spacing requests to each host, and waiting out a 429 or
// 503 answer as its Retry-After says. Both stages use it; neither imports
// the other for it.
package polite

import (
	"context"
	"net/http"
	"strconv"
	"sync"
	"time"
)

const (
	// MaxRetries is how often a 429 or 503 answer is retried.
	MaxRetries = 2
	// maxRetryWait caps one Retry-After wait.
	maxRetryWait = 30 * time.Second
)

// Pacer spaces requests to each host by at least an interval. Discovery
// uses one at its rate raised to robots.txt's Crawl-delay; measuring uses
// one at the Crawl-delay.
type Pacer struct {
	mu       sync.Mutex
	interval time.Duration
	next     map[string]time.Time
}

// NewPacer returns a Pacer with the given minimum interval per host.
func NewPacer(interval time.Duration) *Pacer {
	return &Pacer{interval: interval, next: map[string]time.Time{}}
}

// NewRatePacer returns a Pacer allowing rate requests per second per host.
func NewRatePacer(rate float64) *Pacer {
	return NewPacer(time.Duration(float64(time.Second) / rate))
}

// SlowTo raises the interval to d when d is longer (for Crawl-delay).
func (p *Pacer) SlowTo(d time.Duration) {
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

package measure

import (
	"context"
	"net/http"
	"net/url"

	"github.com/rendermap/rendermap/internal/polite"
)

// Pacer spaces requests to one host; *polite.Pacer is one.
type Pacer interface {
	Wait(ctx context.Context, host string) error
}

// get is fetch made polite: it waits for the pacer, and retries a 429 or
// 503 answer after its Retry-After (polite.WaitRetryAfter) up to polite.MaxRetries
// times. Retried answers are counted, never used as samples.
func (m *measurer) get(ctx context.Context, rawURL string, h http.Header, keepBody bool, max int64) (fetchResult, error) {
	for attempt := 0; ; attempt++ {
		if err := m.pace(ctx, rawURL); err != nil {
			return fetchResult{}, err
		}
		r, err := fetch(ctx, m.client, rawURL, h, keepBody, max)
		if err != nil || !polite.Retryable(r.Status) || attempt == polite.MaxRetries {
			return r, err
		}
		m.throttled.Add(1)
		if err := polite.WaitRetryAfter(ctx, r.Header.Get("Retry-After"), attempt); err != nil {
			return r, err
		}
	}
}

func (m *measurer) pace(ctx context.Context, rawURL string) error {
	if m.opt.Pacer == nil {
		return ctx.Err()
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return err
	}
	return m.opt.Pacer.Wait(ctx, u.Host)
}

package crawl

import (
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/rendermap/rendermap/internal/polite"
)

const (
	// maxFetchBytes caps a fetched body (compressed sitemaps included).
	maxFetchBytes = MaxSitemapBytes + 1<<20
)

// fetcher makes polite GET requests: one User-Agent, a per-host minimum
// interval between requests, and backoff on 429/503 honouring Retry-After.
type fetcher struct {
	client  *http.Client
	ua      string
	pace    *polite.Pacer
	offline bool // refuse every request (Options.Offline)
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
		if err != nil || !polite.Retryable(r.status) || attempt == polite.MaxRetries {
			return r, err
		}
		if err := polite.WaitRetryAfter(ctx, r.header.Get("Retry-After"), attempt); err != nil {
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

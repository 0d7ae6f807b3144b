package httpcache

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
)

// noRedirects never follows a redirect: the target may be another origin.
var noRedirects = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// Fetch makes one request to rawURL with method (GET or HEAD) and the
// User-Agent ua (when not ""), never following a redirect, and returns the
// response's status and headers. The body is drained (at most 1 MiB) and
// closed. The error names the URL and the cause without net/http's prefix.
func Fetch(ctx context.Context, method, rawURL, ua string) (int, http.Header, error) {
	req, err := http.NewRequestWithContext(ctx, method, rawURL, nil)
	if err != nil {
		return 0, nil, fmt.Errorf("request %s: %w", rawURL, err)
	}
	if ua != "" {
		req.Header.Set("User-Agent", ua)
	}
	resp, err := noRedirects.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("fetch %s: %w", rawURL, unwrapURLError(err))
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
	resp.Body.Close()
	return resp.StatusCode, resp.Header, nil
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

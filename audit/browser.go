package audit

import (
	"context"
	"fmt"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/chrome"
	"github.com/rendermap/rendermap/config"
)

// OpenBrowser launches Chromium, or connects to the DevTools endpoint of
// s.Browser, restarting either when it dies mid-audit. With no browser
// installed the error wraps chrome.ErrNoBrowser.
func OpenBrowser(ctx context.Context, s *config.Settings) (*chrome.Resilient, error) {
	return chrome.NewResilient(ctx, chrome.Opener(s.Browser, chrome.Options{Bin: s.Chrome, Timeout: s.PageTimeout}))
}

// browser returns the Config's browser, or opens one; the function
// returned closes what was opened.
func (r *Runner) browser(ctx context.Context) (rendermap.Browser, func(), error) {
	if r.cfg.Browser != nil {
		return r.cfg.Browser, func() {}, nil
	}
	b, err := OpenBrowser(ctx, &r.cfg.Settings)
	if err != nil {
		return nil, nil, err
	}
	return b, func() { _ = b.Close() }, nil
}

// noteRestarts warns when the browser had to be restarted.
func noteRestarts(a *rendermap.Audit, b rendermap.Browser) {
	rb, ok := b.(interface{ Restarts() int })
	if !ok || rb.Restarts() == 0 {
		return
	}
	a.Warnings = append(a.Warnings, rendermap.Warning{Source: "browser",
		Message: fmt.Sprintf("the browser was lost %d time(s) and restarted; the audit carried on", rb.Restarts())})
}

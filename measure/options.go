package measure

import (
	"fmt"
	"net/http"
	"time"

	"github.com/rendermap/rendermap"
)

// Options configures Measure. The zero value is usable: every zero field
// takes its default.
type Options struct {
	// Samples is the number of TTFB samples per URL after one warm-up; default 5.
	Samples int
	// Concurrency bounds the URLs measured at once; default 4.
	Concurrency int
	// Recheck is the least change-detection window: each URL is re-fetched
	// right after its first fetch, about 10 s and 30 s later while the window
	// lasts, and once more at its end, when both Recheck has passed and
	// rendering is done. 0 means the window is as long as rendering takes
	// (never idle); negative means no re-fetches.
	Recheck time.Duration
	// PageTimeout bounds each URL's fetches and each browser load; default 30s.
	PageTimeout time.Duration
	// MaxBodyBytes caps the bytes read from one response body; default 10 MiB.
	MaxBodyBytes int64
	// Client is used for every HTTP request when set; requests ask it to close
	// connections so that each sample includes connection setup. nil means an
	// own client without cookie jar, keep-alives or more than 5 redirects.
	Client *http.Client
	// Browser renders pages for personalization, client rendering and paint
	// metrics; nil means an HTTP-only measurement (recorded in the audit warnings).
	Browser rendermap.Browser
	// Earlier, when set, holds loads of this run's discovery: a page whose
	// first load shows the same text blocks as discovery's load of it, in
	// another cookie jar, uses that load as session B's instead of loading
	// again (see earlierB). A saved audit measured again has none.
	Earlier *rendermap.Loads
	// Cookies and Header make up an authenticated browser session (secret).
	Cookies []*http.Cookie
	Header  http.Header
	// UserAgent is sent with every request when not empty.
	UserAgent string
	// AcceptLanguage is the language of the Accept-Language variant; default "de".
	AcceptLanguage string
	// Now returns the current time; default time.Now.
	Now func() time.Time
	// Progress, when set, is called after each step (from several goroutines).
	Progress func(Progress)
	// AllowOrigins, when not empty, are the only origins the browser may
	// contact while rendering (the audited site's and any --allow-origin).
	AllowOrigins []string
	// MaxRedirects bounds the redirects one request follows; default 5.
	MaxRedirects int
	// Pacer, when set, spaces the HTTP requests to each host (robots.txt
	// Crawl-delay); nil means no pacing beyond Concurrency.
	Pacer Pacer
}

// Progress reports measurement progress.
type Progress struct {
	// Phase is "fetch", "render" or "recheck".
	Phase string
	// URL is the URL the step was about.
	URL string
	// Done and Total count the steps of the phase.
	Done, Total int
	// Steps and StepsTotal count the steps of every phase together (each URL
	// is fetched, rendered when there is a browser, and rechecked when the
	// recheck is on; skipped steps count as done), for an ETA.
	Steps, StepsTotal int
}

// String describes the step for a progress line, e.g. "render 3/45 https://example.com/".
func (p Progress) String() string {
	return fmt.Sprintf("%s %d/%d %s", p.Phase, p.Done, p.Total, p.URL)
}

// withDefaults returns opt with defaults filled in.
func (opt Options) withDefaults() Options {
	if opt.Samples <= 0 {
		opt.Samples = 5
	}
	if opt.Concurrency <= 0 {
		opt.Concurrency = 4
	}
	if opt.PageTimeout <= 0 {
		opt.PageTimeout = 30 * time.Second
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = 5
	}
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = 10 << 20
	}
	if opt.AcceptLanguage == "" {
		opt.AcceptLanguage = "de"
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return opt
}

// newClient is the default client: no cookie jar, no keep-alives (so every
// sample pays for its connection) and at most 5 redirects, all on the
// origin of the first request.
func newClient(timeout time.Duration, redirects int) *http.Client {
	return &http.Client{
		Timeout: timeout,
		Transport: &http.Transport{
			DisableKeepAlives:     true,
			TLSHandshakeTimeout:   10 * time.Second,
			ResponseHeaderTimeout: timeout,
		},
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= redirects {
				return fmt.Errorf("stopped after %d redirects", redirects)
			}
			if from := via[0].URL; req.URL.Scheme != from.Scheme || req.URL.Host != from.Host {
				return fmt.Errorf("not following a redirect to another origin (%s://%s)", req.URL.Scheme, req.URL.Host)
			}
			return nil
		},
	}
}

// secrets lists the secret values that must never reach the audit.
func (opt Options) secrets() []string {
	var out []string
	for _, c := range opt.Cookies {
		out = append(out, c.Value)
	}
	for _, vs := range opt.Header {
		out = append(out, vs...)
	}
	return out
}

package rendermap

import (
	"context"
	"errors"
	"net/http"
	"runtime"
	"strings"
	"time"
)

// RenderParallelism is how many pages to render at once when want workers
// are allowed: a page load keeps about one core busy (the renderer and the
// browser process), so loads beyond the machine's cores only queue and slow
// each other down. It is at least 2 and at most want.
func RenderParallelism(want int) int {
	return max(1, min(want, max(2, runtime.NumCPU())))
}

// Browser opens isolated browsing sessions. chrome implements it with
// headless Chromium; tests of consumers may use a fake.
type Browser interface {
	// NewSession opens a session with its own cookie jar and cache.
	NewSession(ctx context.Context, opt SessionOptions) (Session, error)
}

// SessionOptions configures one browsing session.
type SessionOptions struct {
	// Cookies are set before the first navigation (secret: never log them).
	Cookies []*http.Cookie
	// Header holds extra request headers such as Authorization or Accept-Language.
	Header http.Header
	// UserAgent overrides the browser's User-Agent when not empty.
	UserAgent string
	// Timeout bounds each Render; zero means a default.
	Timeout time.Duration
	// AllowOrigins, when not empty, lists the only origins (scheme://host:port)
	// the browser may contact: every other request, a redirect target or a
	// subresource alike, fails before it leaves the browser.
	AllowOrigins []string
	// Fingerprint asks Render for the page's template fingerprint and
	// framework route data (Rendered.Template, Framework, RouteID), which
	// discovery compares; it costs one more script run per load.
	Fingerprint bool
}

// Session renders pages; loads in one session share cookies.
type Session interface {
	// Render loads url, waits for the page to settle and returns what it saw.
	Render(ctx context.Context, url string) (*Rendered, error)
	// Close releases the session.
	Close() error
}

// BrokenRender reports whether a failed render is one a retry would repeat
// at full cost: a timeout, or a renderer that crashed or was closed under
// the page. Discovery and measuring both skip such a page's further loads.
func BrokenRender(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return true
	}
	msg := err.Error()
	for _, word := range []string{"deadline exceeded", "Timeout", "crash", "closed"} {
		if strings.Contains(msg, word) {
			return true
		}
	}
	return false
}

// Warmer is a Session that can get ready for its first load ahead of time,
// so that the wait overlaps other work.
type Warmer interface {
	// Warm prepares the session to load pages like url (a browser tab
	// opened and set up), so that the next Render does not wait for it.
	Warm(ctx context.Context, url string) error
}

// Warm readies s for url when s is a Warmer. A failed warm-up is not an
// error: Render meets the same failure again and reports it.
func Warm(ctx context.Context, s Session, url string) {
	if w, ok := s.(Warmer); ok {
		_ = w.Warm(ctx, url)
	}
}

// Rendered is what a browser saw after loading a page.
type Rendered struct {
	URL      string      `json:"url"`
	FinalURL string      `json:"final_url"`
	Status   int         `json:"status"`
	Header   http.Header `json:"header"`
	Title    string      `json:"title"`
	// Text is the visible text of the body (innerText).
	Text string `json:"text"`
	// Blocks splits the visible text into blocks with a locator each.
	Blocks []TextBlock `json:"blocks"`
	// Links are the absolute URLs of a[href] elements, in document order.
	Links []string `json:"links"`
	// Requests are the XHR/fetch requests made while loading.
	Requests []DataRequest `json:"requests"`
	// Robots is the content of <meta name="robots">, if any.
	Robots string `json:"robots,omitempty"`
	// Timing holds Navigation Timing and paint metrics in milliseconds.
	Timing PageTiming `json:"timing"`
	// Template is a structural fingerprint of the rendered DOM, text
	// ignored: the smallest hashes of its tag and class paths (even) and of
	// those of classed elements (odd), sorted. Discovery compares pages
	// with it to tell templates apart.
	Template []uint32 `json:"template,omitempty"`
	// Framework names the framework whose route data the page exposed
	// ("next", "nuxt", "vue-router", "sveltekit"), or is empty.
	Framework string `json:"framework,omitempty"`
	// RouteID is that framework's id of the route that rendered the page,
	// such as Next's "/guides/[...slug]" or Vue Router's "/guides/:slug(.*)*".
	RouteID string `json:"route_id,omitempty"`
	// Jar identifies the cookie jar the page was loaded in. Loads of one
	// session share it; it changes when a lost browser was replaced, so a
	// caller comparing loads can tell that the session did not survive.
	Jar string `json:"-"`
}

// TextBlock is one block of visible text and where it is.
type TextBlock struct {
	// Selector is a CSS selector locating the block.
	Selector string `json:"selector"`
	// Heading is the nearest preceding heading text, if any.
	Heading string `json:"heading,omitempty"`
	Text    string `json:"text"`
}

// PageTiming holds the browser's timing of one load, in milliseconds.
type PageTiming struct {
	TTFBMS             float64 `json:"ttfb_ms"`
	DOMContentLoadedMS float64 `json:"dom_content_loaded_ms"`
	LoadMS             float64 `json:"load_ms"`
	FCPMS              float64 `json:"fcp_ms"`
	LCPMS              float64 `json:"lcp_ms"`
}

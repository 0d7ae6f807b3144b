package measure

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/text"
)

// page is the working state of one sampled URL.
type page struct {
	res    rendermap.PageResult
	sample rendermap.SampleURL
	header http.Header // raw response headers of the warm-up (internal only)
	// cookies are the cookies the site set on the warm-up, replayed on the
	// recheck so that a per-visitor page is compared with itself.
	cookies []*http.Cookie
	raw     rawPage
	rawText string    // raw.Text normalized, as the rendered text is compared with it
	first   time.Time // when the warm-up fetch started
	fetches []fetchObs
	// provider is the CDN recognized from any fetch.
	provider string
	// framework and platform are recognized from the warm-up response.
	framework, platform *found
	// personalization and client rendering (browser phase)
	rendered   bool
	diff       blockDiff
	signals    []string
	requests   []rendermap.DataRequest
	httpFailed bool
	// variants is set on the first page of each pattern.
	variants bool
	// redone counts session comparisons repeated; compareFault says why the
	// last one could not be trusted ("" when it could).
	redone       int
	compareFault string
	// singleLoad is set when only session A loaded the page (see
	// measurer.singleLoad); it is then not compared across sessions.
	singleLoad bool
	// route counts its pattern's pages that timed out or crashed.
	route *routeFailures
	// failedAt is when the page's error was recorded (see markInterrupted).
	failedAt time.Time

	// mu guards the fields below: re-fetches run beside rendering.
	mu sync.Mutex
	// obs are the observations of the HTML, the warm-up first.
	obs []observation
	// dataObs are the observations of the data requests, from the render on.
	dataObs []observation
	// dataURLs are the data requests re-fetched with the page.
	dataURLs []string
	// dataServer holds the server time of each data request's re-fetches;
	// dataPrivate marks those answered per visitor.
	dataServer  map[string][]float64
	dataPrivate map[string]bool
}

// observeLoads records the cache status and Age of browser loads: every
// load is a visit the edge answers, and a regenerating cache shows its
// stale answers to whichever visit comes.
func (p *page) observeLoads(rs ...*rendermap.Rendered) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range rs {
		if r != nil && r.Header != nil {
			p.observe(fetchResult{Header: r.Header}, false)
		}
	}
}

// addObservation records a re-fetch: its content, cache status and Age.
func (p *page) addObservation(o observation, f fetchResult) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.obs = append(p.obs, o)
	p.observe(f, false)
}

func (p *page) addDataObservation(o observation) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dataObs = append(p.dataObs, o)
}

func (p *page) setDataURLs(urls []string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dataURLs = urls
}

func (p *page) dataURLList() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.dataURLs
}

func (p *page) addDataServer(u string, ms float64, private bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.dataServer == nil {
		p.dataServer, p.dataPrivate = map[string][]float64{}, map[string]bool{}
	}
	p.dataServer[u] = append(p.dataServer[u], ms)
	p.dataPrivate[u] = p.dataPrivate[u] || private
}

// fetchObs is the cache status and timing of one fetch.
type fetchObs struct {
	status   string
	ttfb     float64
	age      int64
	ageKnown bool
	warmup   bool
	// untimed marks a browser load: its status and Age count, it has no TTFB.
	untimed bool
}

// ok reports whether the page was measured successfully.
func (p *page) ok() bool { return p.res.Error == "" }

// measureHTTP runs the warm-up, the timing samples and the conditional
// re-request of one page.
func (m *measurer) measureHTTP(ctx context.Context, p *page) {
	if why := p.skipReason(); why != "" {
		p.skip(why)
		return
	}
	ctx, cancel := context.WithTimeout(ctx, m.opt.PageTimeout)
	defer cancel()
	warm, err := m.get(ctx, p.res.URL, m.baseHeader(), true, m.opt.MaxBodyBytes)
	p.first = warm.At
	if err != nil {
		p.noteFailure(err)
		p.fail(err)
		return
	}
	p.absorbWarmup(warm, m.opt.secrets())
	if !p.ok() {
		return
	}
	for i := 0; i < m.opt.Samples && ctx.Err() == nil; i++ {
		s, err := m.get(ctx, p.res.URL, m.baseHeader(), false, 0)
		if err != nil {
			p.fail(fmt.Errorf("sample %d: %w", i+1, err))
			return
		}
		p.observe(s, false)
		p.res.TTFBMS = append(p.res.TTFBMS, s.TTFB)
		p.res.ServerMS = append(p.res.ServerMS, s.Server)
		p.res.RTTMS = append(p.res.RTTMS, s.RTT)
	}
	p.res.Validators = m.checkValidators(ctx, p)
}

func (p *page) fail(err error) {
	p.setError(err)
	p.httpFailed = true
}

// setError records why the page failed, and when.
func (p *page) setError(err error) {
	p.res.Error = text.Truncate(err.Error(), 300)
	p.failedAt = time.Now()
}

// absorbWarmup records headers, status and raw text of the warm-up response.
func (p *page) absorbWarmup(warm fetchResult, secrets []string) {
	p.header = warm.Header
	p.cookies = (&http.Response{Header: warm.Header}).Cookies()
	p.res.Status = warm.Status
	p.res.Headers = redactHeaders(warm.Header, secrets)
	p.observe(warm, true)
	if ct := warm.Header.Get("Content-Type"); !isHTML(ct) {
		p.fail(fmt.Errorf("not an HTML document (content-type %q)", text.Truncate(ct, 60)))
		return
	}
	if warm.Status >= 400 {
		p.fail(fmt.Errorf("status %d", warm.Status))
		return
	}
	p.raw = parseRaw(warm.Body)
	p.framework, p.platform = detectFramework(warm.Header, warm.Body), detectPlatform(warm.Header)
	p.rawText = normalizeText(p.raw.Text)
	p.obs = []observation{newObservation(warm.At, p.rawText, warm.Body)}
}

// isHTML accepts text/html, application/xhtml+xml and a missing type.
func isHTML(ct string) bool {
	if ct == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.Contains(strings.ToLower(ct), "html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// observe records the CDN status and Age of one fetch.
func (p *page) observe(f fetchResult, warmup bool) {
	provider, status := httpcache.NormalizeStatus(f.Header)
	if provider != "" && p.provider == "" {
		p.provider = provider
	}
	o := fetchObs{status: status, ttfb: f.TTFB, warmup: warmup, untimed: f.At.IsZero()}
	if age, err := strconv.ParseInt(strings.TrimSpace(f.Header.Get("Age")), 10, 64); err == nil && age >= 0 {
		o.age, o.ageKnown = age, true
	}
	p.fetches = append(p.fetches, o)
	if status != "" {
		p.res.CacheStatus = append(p.res.CacheStatus, status)
	}
}

// checkValidators re-requests with If-None-Match or If-Modified-Since and
// says whether a 304 came back.
func (m *measurer) checkValidators(ctx context.Context, p *page) string {
	h := m.baseHeader()
	kind := ""
	switch {
	case p.header.Get("Etag") != "":
		h.Set("If-None-Match", p.header.Get("Etag"))
		kind = "etag"
	case p.header.Get("Last-Modified") != "":
		h.Set("If-Modified-Since", p.header.Get("Last-Modified"))
		kind = "last-modified"
	default:
		return "none"
	}
	r, err := m.get(ctx, p.res.URL, h, false, 0)
	switch {
	case err != nil:
		return kind + ": re-request failed"
	case r.Status == http.StatusNotModified:
		return kind + ": 304"
	}
	return fmt.Sprintf("%s: ignored (%d)", kind, r.Status)
}

func (m *measurer) baseHeader() http.Header {
	h := http.Header{"Accept": {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"}}
	if m.opt.UserAgent != "" {
		h.Set("User-Agent", m.opt.UserAgent)
	}
	return h
}

package chrome

import (
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
)

// collector gathers network events of one page load.
type collector struct {
	mu       sync.Mutex
	doc      *proto.NetworkResponse
	docID    proto.NetworkRequestID
	started  map[proto.NetworkRequestID]*dataReq
	finished []rendermap.DataRequest
	// flights are every request of the page in flight, for settling;
	// active is when one last started or ended, prefetches of other pages
	// aside.
	flights map[proto.NetworkRequestID]flight
	active  time.Time
}

type dataReq struct {
	url    string
	method string
	kind   string
	start  proto.MonotonicTime
	status int
}

func newCollector() *collector {
	return &collector{started: map[proto.NetworkRequestID]*dataReq{}, flights: map[proto.NetworkRequestID]flight{}, active: time.Now()}
}

// listen subscribes to the page's network events; the returned func stops it.
func (c *collector) listen(page *rod.Page) (stop func()) {
	p, cancel := page.WithCancel()
	wait := p.EachEvent(c.onRequest, c.onResponse, c.onFinished, c.onFailed)
	done := make(chan struct{})
	go func() { wait(); close(done) }()
	return func() { cancel(); <-done }
}

func (c *collector) onRequest(e *proto.NetworkRequestWillBeSent) {
	kind := requestKind(e.Request.Headers)
	nav := rendermap.IsNavigation(rendermap.DataRequest{URL: e.Request.URL, Kind: kind})
	c.mu.Lock()
	defer c.mu.Unlock()
	c.track(e.RequestID, nav)
	if isData(e.Type) {
		c.started[e.RequestID] = &dataReq{url: e.Request.URL, method: e.Request.Method, kind: kind, start: e.Timestamp}
	}
}

// prefetchHeaders mark a request that fetches another page ahead of a
// navigation: Next.js RSC requests, and the Purpose headers of prefetches.
var prefetchHeaders = map[string]string{"rsc": "1", "next-router-prefetch": "1", "purpose": "prefetch", "sec-purpose": "prefetch"}

// requestKind is "navigation" for a prefetch of another page, else "data".
func requestKind(h proto.NetworkHeaders) string {
	for k, v := range h {
		if want, ok := prefetchHeaders[strings.ToLower(k)]; ok && strings.HasPrefix(strings.ToLower(v.Str()), want) {
			return "navigation"
		}
	}
	return "data"
}

func (c *collector) onResponse(e *proto.NetworkResponseReceived) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.Type == proto.NetworkResourceTypeDocument && (c.doc == nil || c.docID == e.RequestID) {
		c.doc, c.docID = e.Response, e.RequestID
	}
	if r, ok := c.started[e.RequestID]; ok {
		r.status = e.Response.Status
	}
}

func (c *collector) onFinished(e *proto.NetworkLoadingFinished) {
	c.land(e.RequestID)
	c.finish(e.RequestID, e.Timestamp)
}

func (c *collector) onFailed(e *proto.NetworkLoadingFailed) {
	c.land(e.RequestID)
	c.finish(e.RequestID, e.Timestamp)
}

func (c *collector) finish(id proto.NetworkRequestID, at proto.MonotonicTime) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.started[id]
	if !ok {
		return
	}
	delete(c.started, id)
	ms := (float64(at) - float64(r.start)) * 1000
	c.finished = append(c.finished, rendermap.DataRequest{URL: r.url, Status: r.status, DurationMS: round1(ms), Kind: r.kind, Method: r.method})
}

func isData(t proto.NetworkResourceType) bool {
	return t == proto.NetworkResourceTypeXHR || t == proto.NetworkResourceTypeFetch
}

// fill copies the document response and data requests into r.
func (c *collector) fill(r *rendermap.Rendered, url string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r.URL = url
	if c.doc != nil {
		r.Status = c.doc.Status
		r.Header = canonical(c.doc.Headers)
	}
	r.Requests = append([]rendermap.DataRequest(nil), c.finished...)
	sort.SliceStable(r.Requests, func(i, j int) bool { return r.Requests[i].URL < r.Requests[j].URL })
}

// canonical turns CDP's wire-cased header map into an http.Header.
// CDP joins repeated headers with newlines.
func canonical(h proto.NetworkHeaders) http.Header {
	out := http.Header{}
	for k, v := range h {
		for _, line := range splitLines(v.Str()) {
			out.Add(k, line)
		}
	}
	return out
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

func round1(x float64) float64 {
	return float64(int64(x*10+0.5)) / 10
}

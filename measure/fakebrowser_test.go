package measure

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync/atomic"
	"time"

	"golang.org/x/net/html"

	"github.com/rendermap/rendermap"
)

// fakeBrowser is a tiny stand-in for Chromium: each session has its own
// cookie jar, fetches the page over HTTP, "runs" a script only of the form
// <script data-fetch="/api/x"> by fetching the JSON and writing its "text"
// into #app, and reports every element with an id as a text block.
type fakeBrowser struct {
	sessions atomic.Int32
	renders  atomic.Int32
}

type fakeSession struct {
	b      *fakeBrowser
	client *http.Client
	header http.Header
}

func (b *fakeBrowser) NewSession(ctx context.Context, opt rendermap.SessionOptions) (rendermap.Session, error) {
	jar, _ := cookiejar.New(nil)
	b.sessions.Add(1)
	s := &fakeSession{b: b, client: &http.Client{Jar: jar, Timeout: opt.Timeout}, header: opt.Header}
	return s, nil
}

func (s *fakeSession) Close() error { return nil }

func (s *fakeSession) Render(ctx context.Context, u string) (*rendermap.Rendered, error) {
	s.b.renders.Add(1)
	body, resp, err := s.get(ctx, u)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	r := &rendermap.Rendered{URL: u, FinalURL: u, Status: resp.StatusCode, Header: resp.Header,
		Timing: rendermap.PageTiming{TTFBMS: 5, FCPMS: 20, LCPMS: 30}}
	if err := s.runScripts(ctx, u, doc, r); err != nil {
		return nil, err
	}
	collectBlocks(doc, r)
	return r, nil
}

func (s *fakeSession) get(ctx context.Context, u string) (string, *http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	for k, vs := range s.header {
		req.Header[k] = vs
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return "", nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), resp, err
}

func (s *fakeSession) runScripts(ctx context.Context, base string, doc *html.Node, r *rendermap.Rendered) error {
	var src string
	var app *html.Node
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "script" && attr(n, "data-fetch") != "" {
			src = attr(n, "data-fetch")
		}
		if n.Type == html.ElementNode && attr(n, "id") == "app" {
			app = n
		}
	})
	if src == "" || app == nil {
		return nil
	}
	bu, _ := url.Parse(base)
	api := bu.ResolveReference(&url.URL{Path: src}).String()
	start := time.Now()
	body, resp, err := s.get(ctx, api)
	if err != nil {
		return fmt.Errorf("script fetch: %w", err)
	}
	var v struct{ Text string }
	_ = json.Unmarshal([]byte(body), &v)
	app.AppendChild(&html.Node{Type: html.TextNode, Data: v.Text})
	r.Requests = append(r.Requests, rendermap.DataRequest{URL: api, Status: resp.StatusCode,
		DurationMS: float64(time.Since(start).Microseconds()) / 1000})
	return nil
}

func collectBlocks(doc *html.Node, r *rendermap.Rendered) {
	var body strings.Builder
	walkVisible(doc, &body, new([]string))
	r.Text = collapseSpace(body.String())
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "title" && n.FirstChild != nil {
			r.Title = n.FirstChild.Data
		}
		if n.Type != html.ElementNode || attr(n, "id") == "" || hasIDDescendant(n) {
			return // blocks are disjoint, as in the real browser
		}
		var b strings.Builder
		walkVisible(n, &b, new([]string))
		if t := collapseSpace(b.String()); t != "" {
			r.Blocks = append(r.Blocks, rendermap.TextBlock{Selector: "#" + attr(n, "id"), Text: t})
		}
	})
}

func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func hasIDDescendant(n *html.Node) bool {
	found := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, func(d *html.Node) { found = found || d.Type == html.ElementNode && attr(d, "id") != "" })
	}
	return found
}

package testkit

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/rendermap/rendermap"
)

// fakeTiming is the paint timing every fetched page reports.
var fakeTiming = rendermap.PageTiming{TTFBMS: 5, FCPMS: 20, LCPMS: 30}

// fetch loads u over HTTP in the session's jar and renders what it got.
func (s *fakeSession) fetch(ctx context.Context, u string) (*rendermap.Rendered, error) {
	body, resp, err := s.get(ctx, u)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	r := &rendermap.Rendered{URL: u, FinalURL: u, Status: resp.StatusCode, Header: resp.Header, Timing: fakeTiming, Jar: s.jar}
	if err := s.runScript(ctx, u, doc, r); err != nil {
		return nil, err
	}
	readPage(doc, r)
	return r, nil
}

// get fetches u with the session's headers and returns the body.
func (s *fakeSession) get(ctx context.Context, u string) (string, *http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return "", nil, err
	}
	for k, vs := range s.opt.Header {
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

// runScript "runs" a <script data-fetch> of a page with an #app node: it
// fetches the JSON, writes its "text" into #app and records the request.
func (s *fakeSession) runScript(ctx context.Context, base string, doc *html.Node, r *rendermap.Rendered) error {
	src, app := dataFetch(doc)
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

// dataFetch finds the script's data-fetch source and the #app node.
func dataFetch(doc *html.Node) (src string, app *html.Node) {
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Script && attr(n, "data-fetch") != "" {
			src = attr(n, "data-fetch")
		}
		if n.Type == html.ElementNode && attr(n, "id") == "app" {
			app = n
		}
	})
	return src, app
}

// readPage fills the title, the visible text and one block per element
// with an id that holds no other such element: blocks are disjoint, as in
// the real browser.
func readPage(doc *html.Node, r *rendermap.Rendered) {
	r.Text = visibleText(doc)
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title && n.FirstChild != nil {
			r.Title = n.FirstChild.Data
		}
		if n.Type != html.ElementNode || attr(n, "id") == "" || hasIDInside(n) {
			return
		}
		if t := visibleText(n); t != "" {
			r.Blocks = append(r.Blocks, rendermap.TextBlock{Selector: "#" + attr(n, "id"), Text: t})
		}
	})
}

// visibleText is the text of n outside head, script, style, template and
// noscript, with white space collapsed.
func visibleText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode && hidden(n) {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// hidden is true for elements whose text a browser does not show.
func hidden(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
		return true
	}
	return false
}

// hasIDInside is true when an element below n has an id.
func hasIDInside(n *html.Node) bool {
	found := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, func(d *html.Node) { found = found || d.Type == html.ElementNode && attr(d, "id") != "" })
	}
	return found
}

// walk calls fn on n and every node below it, in document order.
func walk(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

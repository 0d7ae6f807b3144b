package chrome

import (
	"net/url"
	"strings"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"
)

// popupGuardJS runs before any page script: scripts cannot open windows.
const popupGuardJS = `(() => { try { window.open = () => null; } catch (e) {} })()`

// guardOrigins pauses every request of the tab and lets through only those
// to allowed origins (and data:/blob: URLs, which never reach a network);
// the rest fail as blocked by the client, and so do prefetches of other
// pages (Next.js RSC requests, Purpose: prefetch): nothing measured needs
// them, and they keep the network busy after the page has loaded. They are
// still seen, and counted as navigation requests. It returns the event loop
// to run.
func guardOrigins(page *rod.Page, allowed []string) (func(), error) {
	set := map[string]bool{}
	for _, o := range allowed {
		set[strings.TrimSuffix(strings.ToLower(o), "/")] = true
	}
	err := proto.FetchEnable{Patterns: []*proto.FetchRequestPattern{{URLPattern: "*"}}}.Call(page)
	if err != nil {
		return nil, err
	}
	return page.EachEvent(func(e *proto.FetchRequestPaused) {
		go decide(page, e, set)
	}), nil
}

func decide(page *rod.Page, e *proto.FetchRequestPaused, allowed map[string]bool) {
	if allowedURL(e.Request.URL, allowed) && requestKind(e.Request.Headers) != "navigation" {
		_ = proto.FetchContinueRequest{RequestID: e.RequestID}.Call(page)
		return
	}
	_ = proto.FetchFailRequest{RequestID: e.RequestID, ErrorReason: proto.NetworkErrorReasonBlockedByClient}.Call(page)
}

// allowedURL reports whether raw may be fetched: its origin is allowed, or it
// is a data: or blob: URL.
func allowedURL(raw string, allowed map[string]bool) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data", "blob":
		return true
	case "http", "https":
		return allowed[u.Scheme+"://"+strings.ToLower(u.Host)]
	}
	return false
}

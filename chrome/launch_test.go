package chrome

import (
	"testing"

	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
)

// TestSessionOpensNoBrowserUI: a session's browser context holds the tab
// it renders in and nothing else. Chromium gives each context a window, and
// unless uiFeatures are off the window preloads the omnibox pop-up's WebUI
// (a "browser_ui" target) in a renderer of its own, which cost more CPU
// than the page loads of a session.
func TestSessionOpensNoBrowserUI(t *testing.T) {
	srv := site(t)
	s := newSession(t, rendermap.SessionOptions{}).(*Session)
	render(t, s, srv.URL+"/static")
	res, err := proto.TargetGetTargets{}.Call(s.b)
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for _, ti := range res.TargetInfos {
		if ti.BrowserContextID != s.b.BrowserContextID {
			continue
		}
		switch ti.Type {
		case proto.TargetTargetInfoTypePage:
			pages++
		default:
			t.Errorf("the session's context holds a %s target %s", ti.Type, ti.URL)
		}
	}
	if pages != 1 {
		t.Errorf("the session's context holds %d pages, want its one tab", pages)
	}
}

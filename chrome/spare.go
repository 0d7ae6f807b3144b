package chrome

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
)

// maxSpares bounds the closed sessions a browser keeps for reuse.
const maxSpares = 4

// parkTimeout bounds clearing a closed session's site data.
const parkTimeout = 3 * time.Second

// clearTypes are the kinds of site data a kept session loses: everything
// a site can recognize a visitor by. Its HTTP cache is cleared too; the
// tab's renderer stays, with the scripts it compiled, which is what makes
// a kept session's next load fast.
const clearTypes = "cookies,local_storage,indexeddb,websql,file_systems,service_workers,cache_storage,shared_storage,storage_buckets"

// clearSessionStorageJS empties the session storage of the page a kept tab shows.
const clearSessionStorageJS = `() => { try { sessionStorage.clear(); } catch (e) {} }`

// spare is a closed session kept for the next session with the same tab
// settings: a new visitor (no cookies, no site data) in a warm browser.
// Discovery's sessions become measuring's this way, and the first page
// measured is not the one that pays for a cold renderer and an empty cache.
type spare struct {
	ctx     *rod.Browser // the incognito browser context
	key     string
	idle    []*rod.Page
	cleared int // how often the context was cleared for a new visitor
}

// jar names the session's cookie jar (Rendered.Jar): its browser context,
// and how often that was cleared for a new visitor, whose jar a load made
// before the clearing does not share.
func (s *Session) jar() string {
	if s.cleared == 0 {
		return string(s.b.BrowserContextID)
	}
	return fmt.Sprintf("%s#%d", s.b.BrowserContextID, s.cleared)
}

// spareKey is what a kept tab was set up with (see Session.prepare): a
// session may take a spare only when they agree. Sessions with cookies
// never share, nor do sessions that do not fence the browser to origins
// (what site data to clear is only known from those).
func spareKey(opt rendermap.SessionOptions) (string, bool) {
	if len(opt.Cookies) > 0 || len(opt.AllowOrigins) == 0 {
		return "", false
	}
	var hs []string
	for k, vs := range opt.Header {
		hs = append(hs, k+": "+strings.Join(vs, ", "))
	}
	slices.Sort(hs)
	origins := slices.Sorted(slices.Values(opt.AllowOrigins))
	return strings.Join([]string{opt.UserAgent, strings.Join(hs, "\n"), strings.Join(origins, " ")}, "\x00"), true
}

// takeSpare returns a kept session for key, or nil.
func (b *Browser) takeSpare(key string) *spare {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, sp := range b.spares {
		if sp.key == key {
			b.spares = slices.Delete(b.spares, i, i+1)
			return sp
		}
	}
	return nil
}

// keep adds sp to the spares; it reports false when there is no room.
func (b *Browser) keep(sp *spare) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.spares) >= maxSpares {
		return false
	}
	b.spares = append(b.spares, sp)
	return true
}

// park clears the site data of a closed session's context and keeps it
// with its idle tabs for reuse; it reports false when the session must be
// disposed of instead. Only sessions without a failed render are parked.
func (s *Session) park(idle []*rod.Page) bool {
	key, ok := spareKey(s.opt)
	if !ok || len(idle) == 0 {
		return false
	}
	ctx, cancel := context.WithTimeout(context.Background(), parkTimeout)
	defer cancel()
	if (proto.StorageClearCookies{BrowserContextID: s.b.BrowserContextID}).Call(s.b.Context(ctx)) != nil {
		return false
	}
	if !clearSiteData(idle[0].Context(ctx), s.opt.AllowOrigins) {
		return false
	}
	for _, page := range idle { // session storage belongs to each tab
		if _, err := page.Context(ctx).Eval(clearSessionStorageJS); err != nil {
			return false
		}
	}
	return s.owner.keep(&spare{ctx: s.b, key: key, idle: idle, cleared: s.cleared + 1})
}

// clearSiteData clears the HTTP cache of page's browser context and the
// stored data of every allowed origin there.
func clearSiteData(page *rod.Page, origins []string) bool {
	if (proto.NetworkClearBrowserCache{}).Call(page) != nil {
		return false
	}
	for _, o := range origins {
		if (proto.StorageClearDataForOrigin{Origin: o, StorageTypes: clearTypes}).Call(page) != nil {
			return false
		}
	}
	return true
}

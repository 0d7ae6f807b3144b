package measure

import (
	"fmt"
	"sync/atomic"

	"github.com/rendermap/rendermap"
)

// giveUpAfter is how many pages of one pattern may time out or crash before
// its other pages are skipped: a broken route costs a timeout or two, not
// one per page and load.
const giveUpAfter = 2

// routeFailures counts one pattern's pages that timed out or crashed.
type routeFailures struct{ n atomic.Int32 }

// skipReason says why p is not loaded at all: discovery already saw its
// render time out or crash, or its pattern gave up. "" means load it.
func (p *page) skipReason() string {
	switch {
	case p.sample.Broken != "":
		return "skipped: " + p.sample.Broken
	case p.route != nil && p.route.n.Load() >= giveUpAfter:
		return fmt.Sprintf("skipped: %d pages of this pattern timed out or crashed", giveUpAfter)
	}
	return ""
}

// skip records a page that is not loaded, as a failure with its reason.
func (p *page) skip(reason string) {
	p.res.Error = reason
	p.httpFailed = true
}

// noteFailure counts a timeout or crash against the page's pattern.
func (p *page) noteFailure(err error) {
	if p.route != nil && rendermap.BrokenRender(err) {
		p.route.n.Add(1)
	}
}

package crawl

import (
	"fmt"
	"testing"
	"time"
)

// TestSitemapLeavesRoomForLinks: a huge sitemap cannot crowd out URLs that
// only links lead to.
func TestSitemapLeavesRoomForLinks(t *testing.T) {
	s := newURLSet(100)
	for i := 0; i < 500; i++ {
		s.add(fmt.Sprintf("http://127.0.0.1/products/%d", i), fromSitemap, time.Time{})
	}
	if n := s.len(); n != 90 {
		t.Fatalf("sitemap URLs kept = %d, want 90", n)
	}
	if _, ok := s.add("http://127.0.0.1/account", fromDOM, time.Time{}); !ok {
		t.Errorf("a linked URL found no room after a large sitemap")
	}
	if s.overflow.n != 410 {
		t.Errorf("overflow counted %d sitemap URLs, want 410", s.overflow.n)
	}
}

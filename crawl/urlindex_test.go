package crawl

import (
	"fmt"
	"testing"
	"time"
)

// TestURLIndexKeepsCollidingKeysApart: keys are told apart by their text,
// not their hash, so a hash that collides for every key still finds each.
func TestURLIndexKeepsCollidingKeysApart(t *testing.T) {
	for _, name := range []string{"maphash", "constant"} {
		t.Run(name, func(t *testing.T) {
			var keys []string
			x := newURLIndex(func(ref uint32) string { return keys[ref] })
			if name == "constant" {
				x.hash = func(string) uint64 { return 42 << 32 }
			}
			n := 3000
			if name == "maphash" {
				n = 100_000 // several doublings
			}
			for i := 0; i < n; i++ {
				k := fmt.Sprintf("http://a.example/p/%d", i)
				if _, ok, at := x.find(k); ok {
					t.Fatalf("%s found before it was added", k)
				} else {
					x.insert(at, uint32(len(keys)))
					keys = append(keys, k)
				}
			}
			for i, k := range keys {
				if ref, ok, _ := x.find(k); !ok || ref != uint32(i) {
					t.Fatalf("find(%s) = %d, %v; want %d", k, ref, ok, i)
				}
			}
			if _, ok, _ := x.find("http://a.example/p/none"); ok {
				t.Error("found a key never added")
			}
		})
	}
}

// TestURLSetOverflowDedup: a URL repeated past the cap is counted once,
// and one already kept is not counted again.
func TestURLSetOverflowDedup(t *testing.T) {
	s := newURLSet(2)
	for _, u := range []string{"http://a/1", "http://a/2", "http://a/3", "http://a/3", "http://a/1", "http://a/4/"} {
		s.add(u, fromList, time.Time{})
	}
	if i, _ := s.add("http://a/4", fromList, time.Time{}); i != counted {
		t.Errorf("a trailing-slash twin of an overflow URL: add = %d, want counted", i)
	}
	if len(s.entries) != 2 || s.overflow.n != 2 || s.overflow.at(1).url != "http://a/4/" || !s.listFull {
		t.Errorf("kept %d, overflow %v (full %v); want 2 kept and [3 4/]", len(s.entries), s.overflow.chunks, s.listFull)
	}
	if i, _ := s.add("http://a/5", fromDOM, time.Time{}); i != notKept || !s.truncated {
		t.Errorf("a link past the cap: add = %d, truncated %v; want notKept, true", i, s.truncated)
	}
}

// TestURLSetPromotes: a sitemap URL past the sitemap's share moves to the
// set when a link finds room for it, and is no longer counted as overflow.
func TestURLSetPromotes(t *testing.T) {
	s := newURLSet(10)
	for i := 0; i < 10; i++ {
		s.add(fmt.Sprintf("http://a/p/%d", i), fromSitemap, time.Time{})
	}
	i, added := s.add("http://a/p/9/", fromDOM, time.Time{})
	if !added || i != 9 || s.entries[9].from != fromSitemap|fromDOM || s.overflow.at(0).from != 0 || s.slashDups != 1 {
		t.Fatalf("add = %d, %v; entry %+v, overflow %+v", i, added, s.entries[9], s.overflow.at(0))
	}
	if i, _ := s.add("http://a/p/9", fromList, time.Time{}); i != 9 {
		t.Errorf("the moved URL is found at %d, want 9", i)
	}
	d := &discovery{set: s, warn: newWarnings()}
	if extra, ok := d.countOverflow([]Group{{Pattern: "/p/[id]"}}); !ok || extra[0] != (overflowCount{}) {
		t.Errorf("overflow counts %+v (%v), want none: the URL moved", extra, ok)
	}
}

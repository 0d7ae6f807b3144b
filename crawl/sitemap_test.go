package crawl

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseSitemap(t *testing.T) {
	cases := []struct {
		name    string
		body    []byte
		index   bool
		urls    int
		wantErr string
	}{
		{"urlset", []byte(urlset("http://a/1", "http://a/2")), false, 2, ""},
		{"index", []byte(sitemapIndex("http://a/s1.xml")), true, 1, ""},
		{"gzip", gzipBytes(t, []byte(urlset("http://a/1"))), false, 1, ""},
		{"no namespace", []byte(`<urlset><url><loc> http://a/1 </loc></url></urlset>`), false, 1, ""},
		{"wrong namespace", []byte(`<urlset xmlns="http://example.com/x"><url><loc>http://a/1</loc></url></urlset>`), false, 0, "namespace"},
		{"wrong root", []byte(`<rss><channel/></rss>`), false, 0, "root"},
		{"broken keeps prefix", []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://a/1</loc></url><url><loc>`), false, 1, "read sitemap"},
		{"empty", nil, false, 0, "read sitemap"},
		{"bad gzip", []byte{0x1f, 0x8b, 0, 0}, false, 0, "gunzip"},
		{"empty loc skipped", []byte(urlset("", "http://a/2")), false, 1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sm, err := ParseSitemap(bytes.NewReader(c.body))
			if c.wantErr == "" && err != nil || c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
				t.Fatalf("err = %v, want %q", err, c.wantErr)
			}
			if sm.Index != c.index || len(sm.URLs)+len(sm.Sitemaps) != c.urls {
				t.Errorf("index=%v entries=%d, want %v %d", sm.Index, len(sm.URLs)+len(sm.Sitemaps), c.index, c.urls)
			}
		})
	}
}

func TestParseSitemapLimits(t *testing.T) {
	t.Run("url limit", func(t *testing.T) {
		locs := make([]string, MaxSitemapURLs+5)
		for i := range locs {
			locs[i] = fmt.Sprintf("http://a/%d", i)
		}
		sm, err := ParseSitemap(strings.NewReader(urlset(locs...)))
		if err != nil || !sm.Truncated || len(sm.URLs) != MaxSitemapURLs {
			t.Errorf("err=%v truncated=%v urls=%d", err, sm.Truncated, len(sm.URLs))
		}
	})
	t.Run("gzip bomb", func(t *testing.T) {
		defer withSitemapLimit(4 << 20)()
		_, err := ParseSitemap(bytes.NewReader(bombOnce()))
		if !errors.Is(err, ErrSitemapTooLarge) {
			t.Errorf("err = %v, want ErrSitemapTooLarge", err)
		}
	})
}

func TestParseLastmod(t *testing.T) {
	cases := map[string]string{
		"2024-05-01":                "2024-05-01T00:00:00Z",
		"2024-05-01T10:00:00+02:00": "2024-05-01T08:00:00Z",
		"2024-05-01T10:00+02:00":    "2024-05-01T08:00:00Z",
		"2024-05-01T10:00:00.5Z":    "2024-05-01T10:00:00Z",
		"2024-05":                   "2024-05-01T00:00:00Z",
		"yesterday":                 "",
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			got := parseLastmod(in)
			s := ""
			if !got.IsZero() {
				s = got.Truncate(time.Second).Format(time.RFC3339)
			}
			if s != want {
				t.Errorf("parseLastmod(%q) = %q, want %q", in, s, want)
			}
		})
	}
}

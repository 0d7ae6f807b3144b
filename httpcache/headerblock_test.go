package httpcache

import (
	"net/http"
	"strings"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

func TestParseHeaderBlock(t *testing.T) {
	cases := []struct {
		name       string
		in         string
		wantStatus int
		wantErr    bool
		check      func(h http.Header) bool
	}{
		{"curl -I", "HTTP/2 200\r\ncache-control: public, max-age=60\r\ncontent-type: text/html\r\n\r\n", 200, false,
			func(h http.Header) bool { return h.Get("Cache-Control") == "public, max-age=60" }},
		{"no status line", "Cache-Control: no-store\nVary: Cookie\n", 200, false,
			func(h http.Header) bool { return h.Get("Vary") == "Cookie" }},
		{"304", "HTTP/1.1 304 Not Modified\nETag: \"x\"\n", 304, false, func(h http.Header) bool { return h.Get("Etag") == `"x"` }},
		{"redirect chain keeps last", "HTTP/1.1 301 Moved\nLocation: /b\nCache-Control: max-age=1\n\nHTTP/1.1 200 OK\nCache-Control: max-age=2\n", 200, false,
			func(h http.Header) bool { return h.Get("Cache-Control") == "max-age=2" && h.Get("Location") == "" }},
		{"repeated header", "Set-Cookie: a=1\nSet-Cookie: b=2\n", 200, false, func(h http.Header) bool { return len(h.Values("Set-Cookie")) == 2 }},
		{"folded line", "Cache-Control: public,\n  max-age=60\n", 200, false,
			func(h http.Header) bool { return h.Get("Cache-Control") == "public, max-age=60" }},
		{"junk lines skipped", "hello world\nCache-Control: max-age=5\n: nothing\nbad name: x\n", 200, false,
			func(h http.Header) bool { return len(h) == 1 }},
		{"empty", "", 0, true, nil},
		{"only garbage", "not a header\n", 0, true, nil},
		{"bad status code kept as header-less", "HTTP/1.1 abc\nAge: 5\n", 200, false, func(h http.Header) bool { return h.Get("Age") == "5" }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, h, err := ParseHeaderBlock(strings.NewReader(tc.in))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if status != tc.wantStatus || (tc.check != nil && !tc.check(h)) {
				t.Errorf("got %d %v", status, h)
			}
		})
	}
}

func FuzzParseHeaderBlock(f *testing.F) {
	f.Add("HTTP/1.1 200 OK\r\nCache-Control: max-age=5\r\n\r\n")
	f.Add(" folded\nA: b\n\tc\n")
	f.Fuzz(func(t *testing.T, s string) {
		status, h, err := ParseHeaderBlock(strings.NewReader(s))
		if err == nil && (len(h) == 0 || status < 100) {
			t.Errorf("status %d, %d headers without error", status, len(h))
		}
		if err == nil {
			_ = Explain(status, h, testkit.Now)
		}
	})
}

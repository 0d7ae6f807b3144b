package advise

import (
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const combinedLog = `127.0.0.1 - - [10/Oct/2026:13:55:36 +0000] "GET /products/1 HTTP/1.1" 200 2326 "http://example.test/" "Mozilla/5.0"
127.0.0.1 - frank [10/Oct/2026:14:55:36 +0000] "GET /products/1?ref=x HTTP/1.1" 304 - "-" "Mozilla/5.0"
this line is garbage
127.0.0.1 - - [10/Oct/2026:15:55:36 +0000] "POST /products/1 HTTP/1.1" 200 12 "-" "curl/8"
127.0.0.1 - - [10/Oct/2026:16:55:36 +0000] "GET /search?q=shoes HTTP/1.1" 200 99 "-" "Mozilla/5.0"
127.0.0.1 - - [bad time] "GET /x HTTP/1.1" 200 1 "-" "-"
127.0.0.1 - - [10/Oct/2026:17:55:36 +0000] "GET /missing HTTP/1.1" 404 1 "-" "-"
127.0.0.1 - - [11/Oct/2026:13:55:36 +0000] "GET / HTTP/1.1" 200 5 "-" "-"
`

const commonLog = `10.0.0.1 - - [10/Oct/2026:13:55:36 -0700] "GET /about HTTP/1.0" 200 2326
10.0.0.1 - - [10/Oct/2026:13:55:37 -0700] "GET /about HTTP/1.0" 200 2326
10.0.0.1 - - [10/Oct/2026:13:55:38 -0700] "GET http://example.test/blog/a HTTP/1.0" 200 1
`

const analyticsCSV = `path,views
/products/1,120
"/products/2",80
https://example.test/search?q=a,5
/blog,not-a-number
no-comma-here
relative/path,3
/about,-4
`

func TestParseTraffic(t *testing.T) {
	tests := []struct {
		name             string
		input            string
		format           string
		hits             map[string]float64
		lines, malformed int
		days             float64
	}{
		{"combined", combinedLog, "clf", map[string]float64{"/products/1": 1, "/products/1?ref=x": 1, "/search?q=shoes": 1, "/": 1},
			8, 2, 1},
		{"common, span under an hour counts as an hour", commonLog, "clf", map[string]float64{"/about": 2, "/blog/a": 1},
			3, 0, 3600.0 / day},
		{"csv", analyticsCSV, "csv", map[string]float64{"/products/1": 120, "/products/2": 80, "/search?q=a": 5},
			7, 4, 1},
		{"csv without header", "/a,1\n/b,2\n", "csv", map[string]float64{"/a": 1, "/b": 2}, 2, 0, 1},
		{"empty", "", "", map[string]float64{}, 0, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr, err := ParseTraffic(strings.NewReader(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.hits, tr.Hits); diff != "" {
				t.Errorf("hits (-want +got):\n%s", diff)
			}
			if tr.Format != tt.format || tr.Lines != tt.lines || tr.Malformed != tt.malformed || !near(tr.Days, tt.days) {
				t.Errorf("format %q lines %d malformed %d days %v; want %q %d %d %v",
					tr.Format, tr.Lines, tr.Malformed, tr.Days, tt.format, tt.lines, tt.malformed, tt.days)
			}
		})
	}
}

func TestParseTraffic_Gzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(commonLog)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	tr, err := ParseTraffic(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Format != "clf" || tr.Hits["/about"] != 2 {
		t.Errorf("gzip: format %q hits %v", tr.Format, tr.Hits)
	}
}

func TestParseTraffic_BrokenGzip(t *testing.T) {
	if _, err := ParseTraffic(bytes.NewReader([]byte{0x1f, 0x8b, 0, 0})); err == nil {
		t.Error("want an error for a truncated gzip header")
	}
}

func TestParseTraffic_OverlongLine(t *testing.T) {
	in := "/a,1\n/" + strings.Repeat("x", 2*maxLine) + ",5\n/b,2\n"
	tr, err := ParseTraffic(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if tr.Malformed != 1 || tr.Hits["/b"] != 2 || len(tr.Hits) != 2 {
		t.Errorf("malformed %d hits %v", tr.Malformed, tr.Hits)
	}
}

func TestTraffic_ByPattern(t *testing.T) {
	tr := &Traffic{Days: 2, Hits: map[string]float64{
		"/products/new": 10, "/products/1": 4, "/products/2?x=1": 2, "/docs/a/b": 6, "/search?q=a": 1, "/search?q=b": 3, "/nowhere/x/y/z": 9,
	}}
	patterns := []string{"/products/[id]", "/products/new", "/docs/[...slug]", "/search", "/unused"}
	want := map[string]float64{"/products/[id]": 3, "/products/new": 5, "/docs/[...slug]": 3, "/search": 2, "/unused": 0}
	if diff := cmp.Diff(want, tr.ByPattern(patterns)); diff != "" {
		t.Errorf("ByPattern (-want +got):\n%s", diff)
	}
	wantURLs := map[string]int{"/products/[id]": 2, "/products/new": 1, "/docs/[...slug]": 1, "/search": 2}
	if diff := cmp.Diff(wantURLs, tr.URLsByPattern(patterns)); diff != "" {
		t.Errorf("URLsByPattern (-want +got):\n%s", diff)
	}
}

func TestBestPattern(t *testing.T) {
	tests := []struct {
		name, path, want string
		patterns         []string
	}{
		{"literal beats param", "/blog/about", "/blog/about", []string{"/blog/[slug]", "/blog/about"}},
		{"param beats catch-all", "/blog/x", "/blog/[slug]", []string{"/blog/[...rest]", "/blog/[slug]"}},
		{"literal first segment wins", "/a/b", "/a/[y]", []string{"/[x]/b", "/a/[y]"}},
		{"root", "/", "/", []string{"/", "/[slug]"}},
		{"same shape: lexically smallest", "/a/b?q=1", "/a/[x]", []string{"/a/[y]", "/a/[x]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, ok := newMatcher(tt.patterns).Match(tt.path); !ok || got != tt.want {
				t.Errorf("best pattern = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}

func FuzzParseTraffic(f *testing.F) {
	for _, s := range []string{combinedLog, commonLog, analyticsCSV, "", "\x1f\x8b", "/a,1e308\n/a,1e308\n", `"/a",1`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		tr, err := ParseTraffic(bytes.NewReader(data))
		if err != nil {
			return
		}
		if tr.Malformed > tr.Lines || tr.Days <= 0 {
			t.Fatalf("lines %d malformed %d days %v", tr.Lines, tr.Malformed, tr.Days)
		}
		for p, n := range tr.Hits {
			if !strings.HasPrefix(p, "/") || n < 0 {
				t.Fatalf("bad hit %q = %v", p, n)
			}
		}
		_ = tr.ByPattern([]string{"/", "/[a]", "/[...b]"})
	})
}

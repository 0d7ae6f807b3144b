package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadURLList(t *testing.T) {
	got, err := ReadURLList(strings.NewReader("# comment\nhttp://a/1\n\n  /b  \r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"http://a/1", "/b"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := ReadURLList(strings.NewReader(strings.Repeat("x", maxListLine+1))); err == nil {
		t.Error("an overlong line should fail")
	}
}

// TestReadURLListLogAndGzip: a gzip access log gives the targets of its
// page views.
func TestReadURLListLogAndGzip(t *testing.T) {
	log := `10.0.0.1 - - [01/Feb/2025:10:00:00 +0000] "GET /a?x=1 HTTP/1.1" 200 5 "-" "curl"
10.0.0.1 - frank [01/Feb/2025:10:00:01 +0000] "GET http://shop.example/b HTTP/1.1" 200 5
10.0.0.1 - - [01/Feb/2025:10:00:02 +0000] "GET /c HTTP/1.1" 500 5
`
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write([]byte(log))
	w.Close()
	got, err := ReadURLList(&z)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"/a?x=1", "http://shop.example/b"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestParseLogLine(t *testing.T) {
	cases := []struct {
		line string
		want logRequest
		ok   bool
		view bool
	}{
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /x HTTP/1.1" 200 2326`, logRequest{"GET", "/x", 200}, true, true},
		{`::1 - bob [10/Oct/2024:13:55:36 -0700] "HEAD /x?q=1 HTTP/2.0" 304 - "ref" "agent"`, logRequest{"HEAD", "/x?q=1", 304}, true, true},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /x" 200 12`, logRequest{"GET", "/x", 200}, true, true},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "POST /x HTTP/1.1" 200 1`, logRequest{"POST", "/x", 200}, true, false},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /x HTTP/1.1" 301 0`, logRequest{"GET", "/x", 301}, true, false},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /logo.png HTTP/1.1" 200 1`, logRequest{"GET", "/logo.png", 200}, true, false},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "OPTIONS * HTTP/1.1" 200 0`, logRequest{"OPTIONS", "*", 200}, true, false},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET /x HTTP/1.1" 2000 1`, logRequest{}, false, false},
		{`1.2.3.4 - - 10/Oct/2024 "GET /x HTTP/1.1" 200 1`, logRequest{}, false, false},
		{`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "-" 400 0`, logRequest{}, false, false},
		{"http://shop.example/a b", logRequest{}, false, false},
		{"/plain/path", logRequest{}, false, false},
	}
	for _, c := range cases {
		got, ok := parseLogLine(c.line)
		if got != c.want || ok != c.ok || got.pageView() != c.view {
			t.Errorf("parseLogLine(%q) = %+v, %v (view %v); want %+v, %v (view %v)", c.line, got, ok, got.pageView(), c.want, c.ok, c.view)
		}
	}
}

func TestPeekOrigin(t *testing.T) {
	cases := map[string]string{
		"# list\n/relative\nHTTPS://Shop.Example:443/a\nhttp://other.example/\n":                    "https://shop.example",
		`1.2.3.4 - - [10/Oct/2024:13:55:36 -0700] "GET http://log.example/x HTTP/1.1" 200 1` + "\n": "http://log.example",
		"/only/paths\n/and/more": "",
		"":                       "",
	}
	for list, want := range cases {
		br, err := NewListReader(strings.NewReader(list))
		if err != nil {
			t.Fatal(err)
		}
		if got := PeekOrigin(br); got != want {
			t.Errorf("PeekOrigin(%q) = %q, want %q", list, got, want)
		}
		if rest, _ := br.Peek(len(list)); string(rest) != list {
			t.Errorf("PeekOrigin consumed the list: %q left", rest)
		}
	}
	long := bufio.NewReaderSize(strings.NewReader(strings.Repeat("/p\n", 100)+"http://late.example/\n"), 16)
	if got := PeekOrigin(long); got != "" {
		t.Errorf("PeekOrigin looked past the buffer: %q", got)
	}
}

// TestEachLineLongerThanBuffer: a line longer than the reader's buffer is
// skipped whole, and the next line is read from its start.
func TestEachLineLongerThanBuffer(t *testing.T) {
	br := bufio.NewReaderSize(strings.NewReader("/a\n/"+strings.Repeat("x", 100)+"\n /b \n/c"), 16)
	var got []string
	long, err := eachLine(br, func(line string) bool { got = append(got, line); return true })
	if err != nil || long != 1 || strings.Join(got, " ") != "/a /b /c" {
		t.Errorf("eachLine = %q, %d long, %v", got, long, err)
	}
}

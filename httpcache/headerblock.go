package httpcache

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// maxHeaderBlock caps how much of a header block ParseHeaderBlock reads.
const maxHeaderBlock = 1 << 20

// ParseHeaderBlock reads a raw response header block such as the output of
// `curl -sI`: an optional status line ("HTTP/1.1 200 OK", "HTTP/2 304")
// followed by "Name: value" lines. Without a status line the status is 200.
// When the block holds several responses (redirects), the last one wins.
// Lines that are not headers are skipped; an input with no header at all is
// an error.
func ParseHeaderBlock(r io.Reader) (status int, h http.Header, err error) {
	sc := bufio.NewScanner(io.LimitReader(r, maxHeaderBlock))
	sc.Buffer(make([]byte, 64<<10), maxHeaderBlock)
	status, h = 200, http.Header{}
	var last string
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if code, ok := statusLine(line); ok {
			status, h, last = code, http.Header{}, ""
			continue
		}
		last = addHeaderLine(h, line, last)
	}
	if err := sc.Err(); err != nil {
		return 0, nil, fmt.Errorf("read header block: %w", err)
	}
	if len(h) == 0 {
		return 0, nil, errors.New("read header block: no headers found")
	}
	return status, h, nil
}

// addHeaderLine adds one line to h and returns the key it added to, so that
// obsolete folded continuation lines can be appended.
func addHeaderLine(h http.Header, line, last string) string {
	if line == "" {
		return ""
	}
	if (line[0] == ' ' || line[0] == '\t') && last != "" {
		vs := h[last]
		vs[len(vs)-1] += " " + strings.TrimSpace(line)
		return last
	}
	name, val, ok := strings.Cut(line, ":")
	name = strings.TrimSpace(name)
	if !ok || name == "" || strings.ContainsAny(name, " \t\"") {
		return ""
	}
	key := textproto.CanonicalMIMEHeaderKey(name)
	h[key] = append(h[key], strings.TrimSpace(val))
	return key
}

func statusLine(line string) (int, bool) {
	if !strings.HasPrefix(strings.ToUpper(line), "HTTP/") {
		return 0, false
	}
	f := strings.Fields(line)
	if len(f) < 2 {
		return 0, false
	}
	code, err := strconv.Atoi(f[1])
	if err != nil || code < 100 || code > 999 {
		return 0, false
	}
	return code, true
}

package crawl

import "strings"

// logRequest is one request of an access log line.
type logRequest struct {
	method, target string
	status         int
}

// parseLogLine reads a Common Log Format line, which Combined Log Format
// extends: host ident user [time] "METHOD target PROTO" status bytes.
// Only the fields discovery uses are checked; ok is false when the line
// does not have that shape.
func parseLogLine(line string) (logRequest, bool) {
	rest := line
	for i := 0; i < 3; i++ { // host, ident, user
		sp := strings.IndexByte(rest, ' ')
		if sp <= 0 {
			return logRequest{}, false
		}
		rest = rest[sp+1:]
	}
	end := strings.IndexByte(rest, ']')
	if !strings.HasPrefix(rest, "[") || end < 0 {
		return logRequest{}, false
	}
	rest, ok := strings.CutPrefix(rest[end+1:], ` "`)
	quote := strings.IndexByte(rest, '"')
	if !ok || quote < 0 {
		return logRequest{}, false
	}
	method, target, ok := strings.Cut(rest[:quote], " ")
	target, _, _ = strings.Cut(target, " ")
	status, okStatus := logStatus(rest[quote+1:])
	if !ok || method == "" || target == "" || !okStatus {
		return logRequest{}, false
	}
	return logRequest{method: method, target: target, status: status}, true
}

// logStatus reads the " NNN" status field that follows the request.
func logStatus(s string) (int, bool) {
	if len(s) < 4 || s[0] != ' ' || len(s) > 4 && s[4] != ' ' {
		return 0, false
	}
	n := 0
	for _, c := range []byte(s[1:4]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// pageView reports whether a logged request showed a page: a GET or HEAD
// answered 2xx or 304 (Not Modified), for a target that is a path or an
// absolute URL and not a file such as a script or an image.
func (r logRequest) pageView() bool {
	if r.method != "GET" && r.method != "HEAD" || !(r.status >= 200 && r.status < 300 || r.status == 304) {
		return false
	}
	if !strings.HasPrefix(r.target, "/") && !strings.HasPrefix(r.target, "http://") && !strings.HasPrefix(r.target, "https://") {
		return false
	}
	return looksLikePage(r.target)
}

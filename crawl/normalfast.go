package crawl

import (
	"net/url"
	"strings"
)

// normalFast returns raw when it is already in the form Normalize gives,
// or, for a path-absolute raw ("/a?b=1") and a canonical base, the base's
// origin followed by raw. ok is false when the slow path must decide: a
// URL list of a million lines is mostly canonical already, and checking
// that costs a fraction of parsing it.
func normalFast(raw string, base *url.URL) (string, bool) {
	if strings.HasPrefix(raw, "/") && !strings.HasPrefix(raw, "//") {
		origin, ok := canonicalOrigin(base)
		if !ok || !canonicalPathQuery(raw) {
			return "", false
		}
		return origin + raw, true
	}
	rest, ok := cutScheme(raw)
	if !ok {
		return "", false
	}
	slash := strings.IndexByte(rest, '/')
	if slash < 0 || !canonicalHostPort(rest[:slash], len(raw)-len(rest) == len("https://")) ||
		!canonicalPathQuery(rest[slash:]) {
		return "", false
	}
	return raw, true
}

// cutScheme returns what follows a lower-case "http://" or "https://".
func cutScheme(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "https://"); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "http://")
}

// canonicalOrigin returns base's scheme and host when they are canonical.
func canonicalOrigin(base *url.URL) (string, bool) {
	if base == nil || base.Opaque != "" || base.User != nil || base.Scheme != "http" && base.Scheme != "https" ||
		!canonicalHostPort(base.Host, base.Scheme == "https") {
		return "", false
	}
	return base.Scheme + "://" + base.Host, true
}

// canonicalHostPort accepts a lower-case DNS name or IPv4 address without
// a trailing dot, and a port that is not the scheme's default.
func canonicalHostPort(hp string, https bool) bool {
	host, port, hasPort := strings.Cut(hp, ":")
	if host == "" || host[len(host)-1] == '.' || hasPort && !canonicalPort(port, https) {
		return false
	}
	for i := 0; i < len(host); i++ {
		if c := host[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func canonicalPort(port string, https bool) bool {
	if port == "" || https && port == "443" || !https && port == "80" {
		return false
	}
	for i := 0; i < len(port); i++ {
		if port[i] < '0' || port[i] > '9' {
			return false
		}
	}
	return true
}

// canonicalPathQuery accepts a path of plain characters without dot
// segments, and a query of non-empty pairs of plain characters, sorted by
// key, none of them tracking. Escapes, "+", spaces and fragments go to
// the slow path.
func canonicalPathQuery(s string) bool {
	end := len(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '?' {
			end = i
			break
		}
		if !plain[c] || c == '.' && s[i-1] == '/' {
			return false
		}
	}
	if end == len(s) {
		return true
	}
	return canonicalQueryFast(s[end+1:])
}

// canonicalQueryFast accepts non-empty pairs of plain characters, sorted
// by key, none of them tracking.
func canonicalQueryFast(query string) bool {
	for i := 0; i < len(query); i++ {
		if c := query[i]; !plain[c] && c != '?' {
			return false
		}
	}
	prev, more := "", true
	for more {
		var pair string
		pair, query, more = strings.Cut(query, "&")
		key := queryKey(pair)
		if pair == "" || key < prev || isTracking(pair) {
			return false
		}
		prev = key
	}
	return true
}

// plain marks the characters that Normalize leaves as they are in a path
// or query: unreserved ones and sub-delimiters other than "+", plus "/",
// ":" and "@".
var plain = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, c := range []byte("-._~/:@!$&'()*,;=") {
		t[c] = true
	}
	return t
}()

package crawl

import (
	"errors"
	"fmt"
	"net/netip"
	"net/url"
	"slices"
	"strings"
)

// ErrScheme reports a URL whose scheme is not http or https.
var ErrScheme = errors.New("scheme is not http or https")

// Normalize resolves raw against base (which may be nil) and returns the
// URL in canonical form: lower-case scheme and host, no default port, no
// user info or fragment, an explicit "/" path, dot segments resolved,
// percent-encoding canonical (unreserved characters decoded, hex upper-case),
// tracking parameters (utm_*, gclid, fbclid...) dropped and query keys sorted.
// A trailing slash is kept; discovery reports URLs that differ only by one.
func Normalize(raw string, base *url.URL) (string, error) {
	if n, ok := normalFast(raw, base); ok {
		return n, nil
	}
	return normalizeSlow(raw, base)
}

// normalizeSlow is Normalize by parsing raw.
func normalizeSlow(raw string, base *url.URL) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return "", fmt.Errorf("parse url %q: %w", Redact(raw), err)
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("normalize %q: %w", Redact(raw), ErrScheme)
	}
	if u.Opaque != "" || u.Host == "" {
		return "", fmt.Errorf("normalize %q: no host", Redact(raw))
	}
	host := canonicalHost(u)
	if host == "" || host[0] == ':' {
		return "", fmt.Errorf("normalize %q: no host", Redact(raw))
	}
	var b strings.Builder
	b.Grow(len(raw))
	b.WriteString(u.Scheme)
	b.WriteString("://")
	b.WriteString(host)
	b.WriteString(canonicalPath(u))
	if q := canonicalQuery(u.RawQuery); q != "" {
		b.WriteByte('?')
		b.WriteString(q)
	}
	return b.String(), nil
}

func canonicalHost(u *url.URL) string {
	host, port := strings.ToLower(u.Hostname()), u.Port()
	host = strings.TrimRight(host, ".")
	if strings.Contains(host, ":") {
		if a, err := netip.ParseAddr(host); err != nil || a.Zone() != "" {
			return ""
		}
		host = "[" + host + "]"
	}
	if port == "" || u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443" {
		return host
	}
	return host + ":" + port
}

func canonicalPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		return "/"
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return resolveDots(canonicalEscapes(p, false))
}

// resolveDots removes "." and ".." segments, keeping a trailing slash.
func resolveDots(p string) string {
	if !strings.Contains(p, "/.") {
		return p
	}
	segs := strings.Split(p[1:], "/")
	out := make([]string, 0, len(segs))
	for i, s := range segs {
		last := i == len(segs)-1
		switch s {
		case ".":
			if last {
				out = append(out, "")
			}
		case "..":
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
			if last {
				out = append(out, "")
			}
		default:
			out = append(out, s)
		}
	}
	return "/" + strings.Join(out, "/")
}

// canonicalEscapes decodes percent-escapes of unreserved characters and
// upper-cases the hex of the others. In a query, "+" and spaces become %20.
func canonicalEscapes(s string, query bool) string {
	if !strings.ContainsAny(s, "%+ ") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '%' && i+2 < len(s) && isHexByte(s[i+1]) && isHexByte(s[i+2]):
			d := unhex(s[i+1])<<4 | unhex(s[i+2])
			if isUnreserved(d) {
				b.WriteByte(d)
			} else {
				b.WriteByte('%')
				b.WriteString(strings.ToUpper(s[i+1 : i+3]))
			}
			i += 2
		case query && (c == '+' || c == ' '), c == ' ':
			b.WriteString("%20")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isUnreserved(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '.' || c == '_' || c == '~'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// canonicalQuery drops tracking parameters and empty pairs, then sorts the
// pairs by key, keeping the order of repeated keys.
func canonicalQuery(q string) string {
	if q == "" {
		return ""
	}
	var pairs []string
	for _, p := range strings.Split(q, "&") {
		if p == "" || isTracking(p) {
			continue
		}
		pairs = append(pairs, canonicalEscapes(p, true))
	}
	slices.SortStableFunc(pairs, func(a, b string) int { return strings.Compare(queryKey(a), queryKey(b)) })
	return strings.Join(pairs, "&")
}

func queryKey(pair string) string {
	k, _, _ := strings.Cut(pair, "=")
	return k
}

// trackingKeys are query keys that identify campaigns, not content.
var trackingKeys = map[string]bool{
	"gclid": true, "gclsrc": true, "dclid": true, "gbraid": true, "wbraid": true, "fbclid": true,
	"msclkid": true, "yclid": true, "twclid": true, "ttclid": true, "li_fat_id": true, "igshid": true,
	"mc_cid": true, "mc_eid": true, "_ga": true, "_gl": true, "_hsenc": true, "_hsmi": true,
	"mkt_tok": true, "vero_id": true, "oly_anon_id": true, "oly_enc_id": true, "rb_clickid": true,
	"s_cid": true, "wickedid": true, "ref_src": true,
}

func isTracking(pair string) bool {
	k := strings.ToLower(queryKey(pair))
	return strings.HasPrefix(k, "utm_") || trackingKeys[k]
}

// Redact hides the user information (user:password@) of a raw URL string,
// even one that does not parse, so that it can appear in messages.
func Redact(raw string) string {
	i := strings.Index(raw, "://")
	if i < 0 {
		return raw
	}
	rest := raw[i+3:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndex(rest[:end], "@")
	if at < 0 {
		return raw
	}
	return raw[:i+3] + "REDACTED@" + rest[at+1:]
}

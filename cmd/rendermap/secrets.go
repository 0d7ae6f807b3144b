package main

import (
	"bufio"
	"encoding/json"
	"net/http"
	"os"
	"strings"
)

// credentials are the cookies and headers given for an authenticated
// session. Their values are secrets: they never reach any output.
type credentials struct {
	cookies []*http.Cookie
	header  http.Header
}

// secrets lists every secret value, for redaction by reporters.
func (c credentials) secrets() []string {
	var out []string
	for _, ck := range c.cookies {
		out = append(out, ck.Value)
	}
	for _, vs := range c.header {
		out = append(out, vs...)
	}
	return out
}

func loadCredentials(o *auditOptions) (credentials, error) {
	var c credentials
	var err error
	if c.header, err = parseHeaders(o.headers); err != nil {
		return c, err
	}
	for _, kv := range o.cookies {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return c, usageErr("--cookie %q: write it as NAME=VALUE", name+"=[redacted]")
		}
		c.cookies = append(c.cookies, &http.Cookie{Name: strings.TrimSpace(name), Value: value})
	}
	if o.cookieFile != "" {
		fc, err := readCookieFile(o.cookieFile)
		if err != nil {
			return c, err
		}
		c.cookies = append(c.cookies, fc...)
	}
	return c, nil
}

// readCookieFile reads a Netscape cookies.txt or a JSON array of {name, value}.
func readCookieFile(path string) ([]*http.Cookie, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, usageErr("--cookie-file %s: %v", path, err)
	}
	if t := strings.TrimSpace(string(data)); strings.HasPrefix(t, "[") {
		return jsonCookies(path, data)
	}
	return netscapeCookies(path, string(data))
}

func jsonCookies(path string, data []byte) ([]*http.Cookie, error) {
	var list []struct{ Name, Value string }
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, usageErr("--cookie-file %s: not a JSON array of {\"name\", \"value\"} objects", path)
	}
	var out []*http.Cookie
	for _, c := range list {
		if c.Name != "" {
			out = append(out, &http.Cookie{Name: c.Name, Value: c.Value})
		}
	}
	return out, nil
}

func netscapeCookies(path, data string) ([]*http.Cookie, error) {
	var out []*http.Cookie
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimPrefix(sc.Text(), "#HttpOnly_")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, usageErr("--cookie-file %s line %d: want 7 tab-separated fields (Netscape format)", path, n)
		}
		out = append(out, &http.Cookie{Name: f[5], Value: f[6]})
	}
	return out, nil
}

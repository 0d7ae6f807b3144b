package config

import (
	"bufio"
	"encoding/json"
	"net/http"
	"os"
	"strings"
)

// Credentials are the cookies and headers of an authenticated session.
// Their values are secrets: they never reach any output, log or error.
type Credentials struct {
	Cookies []*http.Cookie
	Header  http.Header
}

// Secrets lists every secret value, for redaction by reporters.
func (c Credentials) Secrets() []string {
	var out []string
	for _, ck := range c.Cookies {
		out = append(out, ck.Value)
	}
	for _, vs := range c.Header {
		out = append(out, vs...)
	}
	return out
}

// Credentials reads --header, --cookie and the cookie file, and the file's
// auth headers from the environment variables it names.
func (s *Settings) Credentials(getenv func(string) string) (Credentials, error) {
	var c Credentials
	var err error
	if c.Header, err = parseHeaders(s.Headers); err != nil {
		return c, err
	}
	if c.Cookies, err = parseCookies(s.Cookies); err != nil {
		return c, err
	}
	if s.CookieFile != "" {
		fc, err := readCookieFile(s.CookieFile)
		if err != nil {
			return c, err
		}
		c.Cookies = append(c.Cookies, fc...)
	}
	return c, s.addFileHeaders(c.Header, getenv)
}

// addFileHeaders adds the config file's auth headers, read from the environment.
func (s *Settings) addFileHeaders(h http.Header, getenv func(string) string) error {
	if s.File == nil {
		return nil
	}
	fh, err := s.File.HeaderValues(getenv)
	if err != nil {
		return Inputf("config auth: %v", err)
	}
	for k, vs := range fh {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	return nil
}

// parseHeaders turns 'Name: value' flags into a header.
func parseHeaders(list []string) (http.Header, error) {
	h := http.Header{}
	for _, l := range list {
		name, value, ok := strings.Cut(l, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, Inputf("--header %q: write it as 'Name: value'", redactHeaderFlag(l))
		}
		h.Add(strings.TrimSpace(name), strings.TrimSpace(value))
	}
	return h, nil
}

// redactHeaderFlag keeps only the header name of a malformed flag for error messages.
func redactHeaderFlag(l string) string {
	if name, _, ok := strings.Cut(l, ":"); ok {
		return name + ": [redacted]"
	}
	return "[redacted]"
}

func parseCookies(list []string) ([]*http.Cookie, error) {
	var out []*http.Cookie
	for _, kv := range list {
		name, value, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return nil, Inputf("--cookie %q: write it as NAME=VALUE", name+"=[redacted]")
		}
		out = append(out, &http.Cookie{Name: strings.TrimSpace(name), Value: value})
	}
	return out, nil
}

// readCookieFile reads a Netscape cookies.txt or a JSON array of {name, value}.
func readCookieFile(path string) ([]*http.Cookie, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, Inputf("--cookie-file %s: %v", path, err)
	}
	if t := strings.TrimSpace(string(data)); strings.HasPrefix(t, "[") {
		return jsonCookies(path, data)
	}
	return netscapeCookies(path, string(data))
}

func jsonCookies(path string, data []byte) ([]*http.Cookie, error) {
	var list []struct{ Name, Value string }
	if err := json.Unmarshal(data, &list); err != nil {
		return nil, Inputf("--cookie-file %s: not a JSON array of {\"name\", \"value\"} objects", path)
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
			return nil, Inputf("--cookie-file %s line %d: want 7 tab-separated fields (Netscape format)", path, n)
		}
		out = append(out, &http.Cookie{Name: f[5], Value: f[6]})
	}
	return out, nil
}

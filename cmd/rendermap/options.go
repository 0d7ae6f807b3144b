package main

import (
	"net/url"
	"strings"
)

// parseSiteURL checks that raw is an absolute http(s) URL.
func parseSiteURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return nil, usageErr("URL %q is malformed: give an absolute URL such as https://example.com/", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, usageErr("URL %q has scheme %q: only http and https sites can be audited", raw, u.Scheme)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

package config

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
)

// InputError is bad input given to rendermap: a setting out of range, an
// input file that cannot be read or holds the wrong thing. Its message
// names the input and what to do; the CLI exits with its usage code.
type InputError struct{ msg string }

// Error returns the message.
func (e *InputError) Error() string { return e.msg }

// Inputf returns an *InputError with a formatted message.
func Inputf(format string, a ...any) error {
	return &InputError{msg: fmt.Sprintf(format, a...)}
}

// Open opens path, or stdin for "-"; the function returned closes it.
func Open(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// SiteURL checks that raw is an absolute http(s) URL, the site to audit,
// and gives it a path ("/" when it has none).
func SiteURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return nil, Inputf("URL %q is malformed: give an absolute URL such as https://example.com/", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, Inputf("URL %q has scheme %q: only http and https sites can be audited", raw, u.Scheme)
	}
	if u.Path == "" {
		u.Path = "/"
	}
	return u, nil
}

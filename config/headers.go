package config

import (
	"fmt"
	"net/http"
	"strings"
)

// HeaderValues reads each auth header's value from the environment
// variable the file names. The error names the missing variable, never a value.
func (f *File) HeaderValues(getenv func(string) string) (http.Header, error) {
	h := http.Header{}
	for _, name := range sortedKeys(f.Auth.Headers) {
		env := f.Auth.Headers[name]
		v := getenv(env)
		if v == "" {
			return nil, fmt.Errorf("auth.headers.%s: environment variable %s is not set", name, env)
		}
		if strings.ContainsAny(v, "\r\n\x00") {
			return nil, fmt.Errorf("auth.headers.%s: environment variable %s holds a line break or NUL, which a header cannot carry", name, env)
		}
		h.Set(name, v)
	}
	return h, nil
}

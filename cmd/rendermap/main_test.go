package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// result is what one CLI invocation produced.
type result struct {
	code           int
	stdout, stderr string
}

// cli runs the command line in-process with captured streams.
func cli(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errw bytes.Buffer
	s := streams{in: strings.NewReader(stdin), out: &out, err: &errw, getenv: func(string) string { return "" }}
	code := run(context.Background(), args, s)
	return result{code: code, stdout: out.String(), stderr: errw.String()}
}

func TestUsageAndVersion(t *testing.T) {
	if r := cli(t, "", "--help"); r.code != exitOK || !strings.Contains(r.stdout, "Exit codes") || !strings.Contains(r.stdout, "audit") {
		t.Errorf("--help: code %d, stdout %q", r.code, r.stdout)
	}
	if r := cli(t, "", "version"); r.code != exitOK || !strings.HasPrefix(r.stdout, "rendermap ") {
		t.Errorf("version: code %d, stdout %q", r.code, r.stdout)
	}
	for _, name := range commandNames() {
		r := cli(t, "", name, "--help")
		if r.code != exitOK || strings.Count(r.stdout, "Usage: rendermap "+name) != 1 || !strings.Contains(r.stdout, "Examples:") {
			t.Errorf("%s --help: code %d, want the usage once with examples, got %q", name, r.code, r.stdout)
		}
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"no url", []string{"audit"}, exitUsage, "exactly one site URL"},
		{"malformed url", []string{"audit", "http//oops"}, exitUsage, "malformed"},
		{"non-http scheme", []string{"audit", "ftp://127.0.0.1/"}, exitUsage, "only http and https"},
		{"unknown flag", []string{"audit", "--nope", "http://127.0.0.1/"}, exitUsage, "unknown flag"},
		{"bad samples", []string{"audit", "--samples", "0", "http://127.0.0.1/"}, exitUsage, "--samples"},
		{"missing url file", []string{"audit", "--urls", "/nonexistent/urls.txt", "http://127.0.0.1:1/"}, exitUsage, "--urls"},
		{"report missing file", []string{"report", "/nonexistent/audit.json"}, exitUsage, "read audit"},
		{"report unknown format", []string{"report", "--format", "pdf", "x.json"}, exitUsage, "unknown format"},
		{"bad header", []string{"audit", "--header", "NoColonSecret", "http://127.0.0.1/"}, exitUsage, "'Name: value'"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, "", c.args...)
			if r.code != c.code || !strings.Contains(r.stderr, c.want) {
				t.Errorf("code %d (want %d), stderr %q (want %q)", r.code, c.code, r.stderr, c.want)
			}
			if strings.Count(strings.TrimSpace(r.stderr), "\n") != 0 || strings.Contains(r.stderr, "goroutine") {
				t.Errorf("error is not one line: %q", r.stderr)
			}
			if strings.Contains(r.stderr, "NoColonSecret") {
				t.Errorf("a header value leaked into the error: %q", r.stderr)
			}
		})
	}
}

package crawl

import (
	"errors"
	"net/url"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	base, _ := url.Parse("http://Example.com/dir/page")
	cases := []struct{ name, in, want string }{
		{"case and default port", "HTTP://Example.COM:80/A", "http://example.com/A"},
		{"https default port", "https://example.com:443", "https://example.com/"},
		{"other port kept", "http://example.com:8080/x", "http://example.com:8080/x"},
		{"fragment dropped", "http://example.com/a#top", "http://example.com/a"},
		{"user info dropped", "http://user:secret@example.com/a", "http://example.com/a"},
		{"dot segments", "http://example.com/a/./b/../c", "http://example.com/a/c"},
		{"unreserved decoded", "http://example.com/%7euser/%41", "http://example.com/~user/A"},
		{"reserved upper-cased", "http://example.com/a%2fb%c3%a9", "http://example.com/a%2Fb%C3%A9"},
		{"query sorted, repeats kept", "http://example.com/s?b=2&a=1&b=1", "http://example.com/s?a=1&b=2&b=1"},
		{"tracking dropped", "http://example.com/s?utm_source=x&q=tent&gclid=1&fbclid=2&UTM_Medium=y", "http://example.com/s?q=tent"},
		{"empty query dropped", "http://example.com/s?", "http://example.com/s"},
		{"plus in query", "http://example.com/s?q=a+b", "http://example.com/s?q=a%20b"},
		{"relative", "../other?x=1", "http://example.com/other?x=1"},
		{"root relative", "/p", "http://example.com/p"},
		{"trailing slash kept", "http://example.com/a/", "http://example.com/a/"},
		{"ipv6", "http://[::1]:80/", "http://[::1]/"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Normalize(c.in, base)
			if err != nil || got != c.want {
				t.Errorf("Normalize(%q) = %q, %v; want %q", c.in, got, err, c.want)
			}
		})
	}
}

func TestNormalizeErrors(t *testing.T) {
	cases := []struct {
		name, in string
		scheme   bool
	}{
		{"mailto", "mailto:a@b.c", true},
		{"javascript", "javascript:void(0)", true},
		{"ftp", "ftp://example.com/", true},
		{"no host", "http:///path", false},
		{"relative without base", "/path", true},
		{"bad escape", "http://example.com/%zz", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Normalize(c.in, nil)
			if err == nil {
				t.Fatalf("Normalize(%q) succeeded", c.in)
			}
			if c.scheme && !errors.Is(err, ErrScheme) {
				t.Errorf("error %v is not ErrScheme", err)
			}
		})
	}
}

func TestNormalizeIdempotent(t *testing.T) {
	for _, in := range []string{"http://a.com/x%20y?b=%2f&a=+", "https://A.com:443/./x/../y/?z=1#f"} {
		once, err := Normalize(in, nil)
		if err != nil {
			t.Fatal(err)
		}
		if twice, _ := Normalize(once, nil); twice != once {
			t.Errorf("not idempotent: %q → %q → %q", in, once, twice)
		}
	}
}

func TestNormalizeHidesSecrets(t *testing.T) {
	for _, in := range []string{"http://user:hunter2@[::1", "ftp://user:hunter2@h/x", "http://user:hunter2@/x"} {
		_, err := Normalize(in, nil)
		if err == nil || strings.Contains(err.Error(), "hunter2") {
			t.Errorf("Normalize(%q) error %v leaks the password", in, err)
		}
	}
	if got := Redact("https://a:b@h/p@q"); got != "https://REDACTED@h/p@q" {
		t.Errorf("Redact = %q", got)
	}
}

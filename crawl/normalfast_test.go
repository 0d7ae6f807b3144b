package crawl

import (
	"math/rand/v2"
	"net/url"
	"strings"
	"testing"

	"github.com/rendermap/rendermap/internal/synth"
)

// TestNormalFastAgrees: whenever the fast path answers, parsing would have
// given the same URL. The inputs mix plain URLs with every character the
// fast path must send to the slow one.
func TestNormalFastAgrees(t *testing.T) {
	bases := []*url.URL{nil, mustParse(t, "http://base.example/dir/"), mustParse(t, "https://Base.Example:443/"),
		mustParse(t, "http://127.0.0.1:8080/x")}
	fast := 0
	for _, raw := range fastCases() {
		for _, base := range bases {
			got, ok := normalFast(raw, base)
			if !ok {
				continue
			}
			fast++
			want, err := normalizeSlow(raw, base)
			if err != nil || got != want {
				t.Errorf("normalFast(%q, %v) = %q, parsing gives %q (%v)", raw, base, got, want, err)
			}
		}
	}
	if fast < 1000 {
		t.Errorf("the fast path answered only %d times; the test would prove little", fast)
	}
}

// TestNormalFastTakesPlainURLs: the synthetic benchmark URLs, once
// normalized, and their paths all take the fast path, which is what makes
// a long URL list cheap.
func TestNormalFastTakesPlainURLs(t *testing.T) {
	base := mustParse(t, synth.Origin+"/")
	for _, raw := range synth.URLs(2000) {
		u, err := Normalize(raw, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := normalFast(u, nil); !ok || got != u {
			t.Fatalf("normalFast(%q) = %q, %v; want it unchanged by the fast path", u, got, ok)
		}
		if got, ok := normalFast(strings.TrimPrefix(u, synth.Origin), base); !ok || got != u {
			t.Fatalf("normalFast of the path of %q = %q, %v", u, got, ok)
		}
	}
}

// fastCases returns fixed tricky inputs plus random strings built from
// URL fragments and single characters.
func fastCases() []string {
	cases := []string{"http://a.com/x", "HTTP://a.com/x", "http://A.com/x", "http://a.com", "http://a.com?x",
		"http://a.com./x", "http://a.com:80/x", "https://a.com:443/x", "http://a.com:443/x", "http://a.com:/x",
		"http://u@a.com/x", "http://[::1]/x", "http://a.com/a/../b", "http://a.com/.well-known/x", "http://a.com//x",
		"http://a.com/x?b=1&a=2", "http://a.com/x?a=1&a=0", "http://a.com/x?a=1&&b=2", "http://a.com/x?", "http://a.com/x?a=1&",
		"http://a.com/x?utm_source=y", "http://a.com/x?UTM_x=1", "http://a.com/%7e", "http://a.com/a+b?q=a+b",
		"http://a.com/x#f", "/x", "//a.com/x", "/x?b&a", "/./x", "x", "/x y", "http://a.com/é", "http://a_b.com/x",
		"http://a.com/x?a=b?c", "http://a.com/x;p=1", "http://a.com/(x)!*'$,", "http://a.com/x:y@z", "/"}
	parts := []string{"http://", "https://", "a.com", "A.com", "127.0.0.1", ":8080", ":80", ":443", ".", "/", "//",
		"/x", "/Y", "/..", "/.", "?", "&", "=", "a", "b", "k=v", "utm_x=1", "gclid=2", "%41", "%2f", "+", " ", "#",
		"-", "_", "~", "!", "$", "'", "(", ")", "*", ",", ";", ":", "@", "[", "]", "\"", "<", "\\", "é", "\x00"}
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 40000; i++ {
		var b strings.Builder
		if r.IntN(3) > 0 {
			b.WriteString([]string{"http://a.com", "https://b.org:8443", "/"}[r.IntN(3)])
		}
		for n := r.IntN(8); n >= 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		cases = append(cases, b.String())
	}
	return cases
}

func mustParse(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

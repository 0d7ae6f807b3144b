package crawl

import (
	"net/url"
	"testing"

	"github.com/rendermap/rendermap"
)

func matchURL(pattern, u string) bool {
	p, _ := splitURL(u)
	return rendermap.MatchPattern(pattern, p)
}

func mustURL(t testing.TB, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

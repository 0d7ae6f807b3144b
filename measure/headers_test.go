package measure

import (
	"net/http"
	"testing"
)

func TestRedactHeaders(t *testing.T) {
	h := http.Header{
		"Set-Cookie":    {"sid=abc123; Path=/; HttpOnly", "theme=dark"},
		"Authorization": {"Bearer xyz"},
		"Cookie":        {"sid=abc123"},
		"X-Echo":        {"token topsecretvalue here"},
		"Cache-Control": {"private"},
	}
	got := redactHeaders(h, []string{"topsecretvalue"})
	want := map[string]string{"set-cookie": "[redacted] names=sid,theme", "cache-control": "private"}
	if len(got) != len(want) || got["set-cookie"] != want["set-cookie"] || got["cache-control"] != want["cache-control"] {
		t.Errorf("redactHeaders = %v, want %v", got, want)
	}
}

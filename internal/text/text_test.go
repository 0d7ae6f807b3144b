package text

import (
	"slices"
	"testing"
)

func TestTruncateBytes(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{{"short", 10, "short"}, {"abcdef", 4, "abcd"}, {"aé", 2, "a"}, {"日本", 4, "日"}, {"x", 0, ""}} {
		if got := TruncateBytes(c.in, c.n); got != c.want {
			t.Errorf("TruncateBytes(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{{"short", 10, "short"}, {"exactly", 7, "exactly"}, {"longer text", 6, "longer…"}, {"ünïcödé", 3, "ünï…"}} {
		if got := Truncate(c.in, c.n); got != c.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

func TestAppendUnique(t *testing.T) {
	var xs []string
	for _, x := range []string{"b", "a", "b", "c", "a"} {
		xs = AppendUnique(xs, x)
	}
	if want := []string{"b", "a", "c"}; !slices.Equal(xs, want) {
		t.Errorf("AppendUnique gave %v, want %v", xs, want)
	}
}

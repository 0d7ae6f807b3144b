package rendermap

import "testing"

func TestMatchPattern(t *testing.T) {
	cases := []struct {
		name, pattern, path string
		want                bool
	}{
		{"root", "/", "/", true},
		{"root vs page", "/", "/about", false},
		{"literal", "/about", "/about", true},
		{"trailing slash", "/about", "/about/", true},
		{"param", "/products/[id]", "/products/42", true},
		{"param missing", "/products/[id]", "/products", false},
		{"param too deep", "/products/[id]", "/products/42/reviews", false},
		{"nested", "/products/[id]/reviews", "/products/42/reviews", true},
		{"nested literal differs", "/products/[id]/reviews", "/products/42/specs", false},
		{"catch-all", "/docs/[...path]", "/docs/a/b/c", true},
		{"catch-all needs one", "/docs/[...path]", "/docs", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := MatchPattern(c.pattern, c.path); got != c.want {
				t.Errorf("MatchPattern(%q, %q) = %v, want %v", c.pattern, c.path, got, c.want)
			}
		})
	}
}

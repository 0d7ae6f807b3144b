package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

func TestRoutesTableGolden(t *testing.T) {
	routes := []rendermap.Route{
		{Pattern: "/", Pages: 1, PagesSource: "sitemap", Examples: []string{"http://127.0.0.1:8080/"}},
		{Pattern: "/products/[id]", Pages: 200000, PagesSource: "sitemap",
			Examples: []string{"http://127.0.0.1:8080/products/7", "http://127.0.0.1:8080/products/19", "http://127.0.0.1:8080/products/3"}},
		{Pattern: "/search", Pages: 3, PagesSource: "discovery", PagesLowerBound: true,
			Examples: []string{"http://127.0.0.1:8080/search?q=boots"}},
	}
	var buf bytes.Buffer
	if err := RoutesTable(&buf, routes); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "127.0.0.1") || strings.Contains(out, "/products/3") {
		t.Errorf("examples should be at most two paths without the origin:\n%s", out)
	}
	golden(t, "routes.golden", out)
}

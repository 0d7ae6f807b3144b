package report

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestRoutesTableGolden(t *testing.T) {
	routes := []rendermap.Discovery{
		{Pattern: "/", Pages: 1, PagesSource: "sitemap", Examples: []string{"http://127.0.0.1:8080/"}},
		{Pattern: "/guides/[...slug]", Pages: 36, PagesSource: "discovery", Examples: []string{"http://127.0.0.1:8080/guides/a/b"},
			Grouping: &rendermap.Grouping{By: "template", Confidence: "high", Evidence: "36 rendered pages share one template"}},
		{Pattern: "/products/[id]", Pages: 200000, PagesSource: "sitemap",
			Examples: []string{"http://127.0.0.1:8080/products/7", "http://127.0.0.1:8080/products/19", "http://127.0.0.1:8080/products/3"},
			Grouping: &rendermap.Grouping{By: "url", Confidence: "high", Evidence: "URL shape; 4 rendered pages share one template"}},
		{Pattern: "/search", Pages: 3, PagesSource: "discovery", PagesLowerBound: true,
			Examples: []string{"http://127.0.0.1:8080/search?q=boots"},
			Grouping: &rendermap.Grouping{By: "url", Confidence: "low", Evidence: "URL shape; its 3 rendered pages show 2 templates"}},
	}
	var buf bytes.Buffer
	if err := RoutesTable(&buf, routes); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "127.0.0.1") || strings.Contains(out, "/products/3") {
		t.Errorf("examples should be at most two paths without the origin:\n%s", out)
	}
	if strings.Contains(out, "/products/[id] (") {
		t.Errorf("a pattern grouped surely by URL shape is explained:\n%s", out)
	}
	testkit.Golden(t, filepath.Join("testdata", "routes.golden"), []byte(out))
}

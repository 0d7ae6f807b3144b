package crawl

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestSplitSitemaps(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "sitemap.xml")
	if err := os.WriteFile(file, []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://shop.example/a</loc></url></urlset>`), 0o644); err != nil {
		t.Fatal(err)
	}
	files, urls, err := SplitSitemaps([]string{"https://x.example/s.xml", "file://" + file, file, "/sitemap-2.xml"}, true)
	if err != nil || !slices.Equal(files, []string{file, file}) || !slices.Equal(urls, []string{"https://x.example/s.xml", "/sitemap-2.xml"}) {
		t.Errorf("files %v, urls %v, err %v", files, urls, err)
	}
	if _, _, err := SplitSitemaps([]string{"/sitemap-2.xml"}, false); err == nil {
		t.Error("a site path with no site known was accepted")
	}
	if got := SitemapFileOrigin(file); got != "https://shop.example/" {
		t.Errorf("SitemapFileOrigin = %q", got)
	}
	if got := OriginOf([]string{"/relative", "http://127.0.0.1:8080/x?y"}); got != "http://127.0.0.1:8080/" {
		t.Errorf("OriginOf = %q", got)
	}
}

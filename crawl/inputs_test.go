package crawl

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// TestSitemapFileOriginReadsTheStart: the origin comes from the first MiB
// of a sitemap file, gzipped or not; an entry further in is not read.
func TestSitemapFileOriginReadsTheStart(t *testing.T) {
	dir := t.TempDir()
	entry := func(loc string) string { return "<url><loc>" + loc + "</loc></url>" }
	filler := strings.Repeat(entry("/relative/path"), (1<<20)/len(entry("/relative/path"))+1)
	head := `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, _ = zw.Write([]byte(head + entry("https://gz.example/a") + filler + "</urlset>"))
	_ = zw.Close()
	for name, c := range map[string]struct {
		data []byte
		want string
	}{
		"first entry":   {[]byte(head + entry("https://shop.example/a") + filler + "</urlset>"), "https://shop.example/"},
		"gzipped":       {gz.Bytes(), "https://gz.example/"},
		"after one MiB": {[]byte(head + filler + entry("https://late.example/a") + "</urlset>"), ""},
	} {
		file := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".xml")
		if err := os.WriteFile(file, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		if got := SitemapFileOrigin(file); got != c.want {
			t.Errorf("%s: SitemapFileOrigin = %q, want %q", name, got, c.want)
		}
	}
}

package crawl

import (
	"fmt"
	"net/url"
	"os"
	"strings"
)

// SplitSitemaps sorts --sitemap values into http(s) URLs and local files
// (a file:// URL, or a path that exists). With a site known, a path
// starting with "/" that is no file is a path on the site.
func SplitSitemaps(list []string, haveSite bool) (files, urls []string, err error) {
	for _, s := range list {
		lower := strings.ToLower(s)
		switch {
		case strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://"):
			urls = append(urls, s)
		case strings.HasPrefix(lower, "file://"):
			files = append(files, s[len("file://"):])
		case isFile(s):
			files = append(files, s)
		case haveSite && strings.HasPrefix(s, "/"):
			urls = append(urls, s)
		default:
			return nil, nil, fmt.Errorf("--sitemap %s: no such file; give a sitemap file or an http(s) URL", s)
		}
	}
	return files, urls, nil
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// SitemapFileOrigin is the origin of the first entry of a sitemap file
// within its first MiB (decompressed), or "": the file is read in full
// once, later, for its URLs.
func SitemapFileOrigin(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	sm, _ := ParseSitemapLimit(f, listBuffer)
	for _, e := range append(sm.URLs, sm.Sitemaps...) {
		if o := OriginOf([]string{e.Loc}); o != "" {
			return o
		}
	}
	return ""
}

// OriginOf returns the origin of the first absolute URL in list, with a
// trailing slash as a start URL, or "".
func OriginOf(list []string) string {
	for _, raw := range list {
		if u, err := url.Parse(raw); err == nil && u.Host != "" {
			return u.Scheme + "://" + u.Host + "/"
		}
	}
	return ""
}

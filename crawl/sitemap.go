package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// Sitemap protocol limits (sitemaps.org): per file, at most 50,000 URLs and
// 50 MB (52,428,800 bytes) uncompressed.
const (
	MaxSitemapURLs  = 50_000
	MaxSitemapBytes = 50 << 20
)

// SitemapNS is the sitemap protocol's XML namespace.
const SitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

// sitemapByteLimit is MaxSitemapBytes; tests lower it.
var sitemapByteLimit int64 = MaxSitemapBytes

// ErrSitemapTooLarge reports a sitemap whose uncompressed size passed the
// cap (MaxSitemapBytes or a lower one); entries before the cut are still
// returned. The error wrapping it names the cap.
var ErrSitemapTooLarge = errors.New("sitemap exceeds the cap on uncompressed bytes")

// SitemapEntry is one <url> or <sitemap> element.
type SitemapEntry struct {
	Loc string
	// Lastmod is the parsed <lastmod>; zero when absent or unparsable.
	Lastmod time.Time
}

// Sitemap is a parsed sitemap file: a URL set or an index of sitemaps.
type Sitemap struct {
	// Index is true for a <sitemapindex>; its entries are in Sitemaps.
	Index    bool
	URLs     []SitemapEntry
	Sitemaps []SitemapEntry
	// Truncated is true when the file held more than MaxSitemapURLs entries.
	Truncated bool
}

// ParseSitemap reads a sitemap or sitemap index, gzip-compressed or not
// (detected from the content). It stops at MaxSitemapBytes of XML and
// MaxSitemapURLs entries. On a syntax error, a wrong namespace or an
// oversized file it returns the entries read so far with the error.
func ParseSitemap(r io.Reader) (*Sitemap, error) {
	return ParseSitemapLimit(r, sitemapByteLimit)
}

// ParseSitemapLimit is ParseSitemap with its own cap on decompressed bytes.
func ParseSitemapLimit(r io.Reader, limit int64) (*Sitemap, error) {
	br := bufio.NewReader(r)
	var src io.Reader = br
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return &Sitemap{}, fmt.Errorf("gunzip sitemap: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	lr := &capReader{r: src, left: limit}
	sm, err := decodeSitemap(xml.NewDecoder(lr))
	if lr.hit {
		return sm, fmt.Errorf("%w (%d)", ErrSitemapTooLarge, limit)
	}
	return sm, err
}

// capReader stops after left bytes and remembers that it did.
type capReader struct {
	r    io.Reader
	left int64
	hit  bool
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		c.hit = true
		return 0, io.ErrUnexpectedEOF
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

func decodeSitemap(d *xml.Decoder) (*Sitemap, error) {
	sm := &Sitemap{}
	root, err := rootElement(d)
	if err != nil {
		return sm, err
	}
	switch root.Name.Local {
	case "urlset":
	case "sitemapindex":
		sm.Index = true
	default:
		return sm, fmt.Errorf("sitemap root is <%s>, want <urlset> or <sitemapindex>", root.Name.Local)
	}
	if ns := root.Name.Space; ns != "" && strings.TrimSuffix(ns, "/") != SitemapNS {
		return sm, fmt.Errorf("sitemap namespace %q is not %s", ns, SitemapNS)
	}
	return sm, readEntries(d, sm)
}

func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := d.Token()
		if err != nil {
			return xml.StartElement{}, fmt.Errorf("read sitemap: %w", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// readEntries collects <url>/<sitemap> children of the root element.
func readEntries(d *xml.Decoder, sm *Sitemap) error {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read sitemap: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if se.Name.Local != "url" && se.Name.Local != "sitemap" {
			if err := d.Skip(); err != nil {
				return fmt.Errorf("read sitemap: %w", err)
			}
			continue
		}
		if done, err := addEntry(d, se, sm); done || err != nil {
			return err
		}
	}
}

// addEntry decodes one entry; done is true when the URL limit was reached.
func addEntry(d *xml.Decoder, se xml.StartElement, sm *Sitemap) (done bool, err error) {
	var e struct {
		Loc     string `xml:"loc"`
		Lastmod string `xml:"lastmod"`
	}
	if err := d.DecodeElement(&e, &se); err != nil {
		return false, fmt.Errorf("read sitemap entry: %w", err)
	}
	loc := strings.TrimSpace(e.Loc)
	if loc == "" {
		return false, nil
	}
	if len(sm.URLs)+len(sm.Sitemaps) >= MaxSitemapURLs {
		sm.Truncated = true
		return true, nil
	}
	entry := SitemapEntry{Loc: loc, Lastmod: parseLastmod(e.Lastmod)}
	if sm.Index {
		sm.Sitemaps = append(sm.Sitemaps, entry)
	} else {
		sm.URLs = append(sm.URLs, entry)
	}
	return false, nil
}

// lastmodLayouts are the W3C Datetime forms the protocol allows.
var lastmodLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02", "2006-01", "2006",
}

func parseLastmod(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, l := range lastmodLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

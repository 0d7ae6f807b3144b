package advise

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"net/url"
	"strings"
)

// Traffic is page views per URL, read from access logs or an analytics export.
type Traffic struct {
	// Format is "clf" (Common or Combined Log Format) or "csv" (path,views).
	Format string
	// Hits counts views per path, query string included.
	Hits map[string]float64
	// Days is the period the hits cover: the log's time span (at least one
	// hour) for logs, one day for a CSV export.
	Days float64
	// Lines counts non-empty input lines; Malformed counts the skipped ones.
	Lines     int
	Malformed int
}

// maxLine bounds one input line; longer lines are skipped as malformed.
const maxLine = 64 << 10

// ParseTraffic reads web server access logs (Common or Combined Log Format)
// or a CSV of path,views, sniffing which from the first line, and gunzips
// transparently. Malformed lines are skipped and counted, never fatal.
func ParseTraffic(r io.Reader) (*Traffic, error) {
	br := bufio.NewReaderSize(r, maxLine)
	src, err := maybeGunzip(br)
	if err != nil {
		return nil, err
	}
	p := &trafficParser{t: &Traffic{Hits: map[string]float64{}}}
	if err := p.run(bufio.NewReaderSize(src, maxLine)); err != nil {
		return nil, err
	}
	return p.t, nil
}

func maybeGunzip(br *bufio.Reader) (io.Reader, error) {
	magic, _ := br.Peek(2)
	if !bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("open gzip traffic: %w", err)
	}
	return zr, nil
}

type trafficParser struct {
	t          *Traffic
	first, end float64 // log time span, unix seconds
	stamped    bool
}

func (p *trafficParser) run(br *bufio.Reader) error {
	for {
		line, err := readLine(br)
		if line != "" {
			p.line(line)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read traffic: %w", err)
		}
	}
	p.t.Days = p.days()
	return nil
}

// readLine returns one trimmed line; overlong lines come back as a marker
// that never parses.
func readLine(br *bufio.Reader) (string, error) {
	var b strings.Builder
	for {
		chunk, isPrefix, err := br.ReadLine()
		if b.Len() < maxLine {
			b.Write(chunk)
		}
		if err != nil || !isPrefix {
			return strings.TrimSpace(b.String()), err
		}
	}
}

func (p *trafficParser) line(line string) {
	p.t.Lines++
	if p.t.Format == "" {
		p.t.Format = sniff(line)
		if p.t.Format == "csv" && isCSVHeader(line) {
			p.t.Lines--
			return
		}
	}
	if !p.parse(line) {
		p.t.Malformed++
	}
}

func (p *trafficParser) parse(line string) bool {
	if len(line) >= maxLine {
		return false
	}
	if p.t.Format == "clf" {
		return p.clf(line)
	}
	return p.csv(line)
}

func sniff(line string) string {
	if _, ok := parseCLF(line); ok {
		return "clf"
	}
	return "csv"
}

func (p *trafficParser) days() float64 {
	if p.t.Format != "clf" || !p.stamped {
		return 1
	}
	return math.Max(p.end-p.first, 3600) / day
}

func (p *trafficParser) stamp(unix float64) {
	if !p.stamped {
		p.first, p.end, p.stamped = unix, unix, true
		return
	}
	p.first, p.end = math.Min(p.first, unix), math.Max(p.end, unix)
}

// requestPath reduces a request target or absolute URL to path?query.
func requestPath(target string) (string, bool) {
	u, err := url.Parse(target)
	if err != nil || u.Path == "" || !strings.HasPrefix(u.Path, "/") {
		return "", false
	}
	if u.RawQuery == "" {
		return u.EscapedPath(), true
	}
	return u.EscapedPath() + "?" + u.RawQuery, true
}

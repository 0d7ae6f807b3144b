package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"strings"
	"time"
)

const (
	// maxListLine bounds one line of a URL list or access log; longer lines
	// are skipped.
	maxListLine = 64 << 10
	// listBuffer is the buffer of a list reader: PeekOrigin looks this far.
	listBuffer = 1 << 20
	// ctxEvery is how many list lines pass between checks of the context.
	ctxEvery = 4096
)

// NewListReader returns a buffered reader of a URL list or access log,
// gunzipping it when it is gzip (detected from the content).
func NewListReader(r io.Reader) (*bufio.Reader, error) {
	br := bufio.NewReaderSize(r, listBuffer)
	if magic, _ := br.Peek(2); !bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		return br, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("gunzip url list: %w", err)
	}
	return bufio.NewReaderSize(zr, listBuffer), nil
}

// ReadURLList reads a URL list (--urls FILE, or stdin for "-"): one URL or
// path per line; blank lines and lines starting with # are skipped. When
// the first line is a Common or Combined Log Format line, the list is an
// access log and each page view gives its request target. A line longer
// than 64 KiB is an error.
func ReadURLList(r io.Reader) ([]string, error) {
	br, err := NewListReader(r)
	if err != nil {
		return nil, err
	}
	var out []string
	var lines listLines
	long, err := eachLine(br, func(line string) bool {
		if target, kind := lines.target(line); kind == lineURL {
			out = append(out, target)
		}
		return true
	})
	if err == nil && long > 0 {
		err = fmt.Errorf("%d lines longer than %d bytes", long, maxListLine)
	}
	if err != nil {
		return out, fmt.Errorf("read url list: %w", err)
	}
	return out, nil
}

// PeekOrigin returns the origin (scheme://host) of the first absolute URL
// in the part of a list that br holds in its buffer (up to 1 MiB from a
// NewListReader), or "" when there is none. br still returns every line.
func PeekOrigin(br *bufio.Reader) string {
	buf, _ := br.Peek(br.Size())
	var lines listLines
	for len(buf) > 0 {
		line, rest, complete := bytes.Cut(buf, []byte("\n"))
		if !complete && len(buf) == br.Size() {
			return "" // the buffer ends inside this line
		}
		buf = rest
		target, kind := lines.target(string(bytes.TrimSpace(line)))
		if kind != lineURL {
			continue
		}
		if n, err := Normalize(target, nil); err == nil {
			return n[:pathStart(n)]
		}
	}
	return ""
}

// eachLine calls fn with every line of br, trimmed, until fn returns false;
// it skips lines longer than maxListLine and returns how many.
func eachLine(br *bufio.Reader, fn func(string) bool) (long int, err error) {
	for {
		b, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull || len(b) > maxListLine {
			long++
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
		} else if b = bytes.TrimSpace(b); len(b) > 0 && b[0] != '#' && !fn(string(b)) {
			return long, nil
		}
		if err == io.EOF {
			return long, nil
		}
		if err != nil {
			return long, err
		}
	}
}

// lineKind says what a list line holds.
type lineKind uint8

const (
	lineSkip lineKind = iota // blank, a comment, or a request that is no page view
	lineURL                  // a URL or a path
	lineBad                  // in an access log, a line that is not a log line
)

// listLines turns lines of a URL list into URLs: an absolute URL or a path
// per line, or, when the first line is a Common or Combined Log Format
// line, the request target of every page view (see logRequest.pageView).
type listLines struct {
	n        int // lines seen, blank lines and comments aside
	sniffed  bool
	isLog    bool
	badLines int // lines of an access log that are not log lines
}

// target returns what line names and what kind of line it is.
func (l *listLines) target(line string) (string, lineKind) {
	if line == "" || line[0] == '#' {
		return "", lineSkip
	}
	l.n++
	if l.sniffed && !l.isLog {
		return line, lineURL
	}
	req, isLog := parseLogLine(line)
	if !l.sniffed {
		l.sniffed, l.isLog = true, isLog
	}
	switch {
	case !l.isLog:
		return line, lineURL
	case !isLog:
		l.badLines++
		return "", lineBad
	case req.pageView():
		return req.target, lineURL
	}
	return "", lineSkip
}

// readList adds Options.URLs, then streams Options.URLList: a list of any
// length costs the URLs kept (MaxURLs), not the lines read.
func (d *discovery) readList(ctx context.Context) error {
	var lines listLines
	for _, raw := range d.opt.URLs {
		if n, ok := d.listURL(&lines, strings.TrimSpace(raw)); ok {
			d.add(n, fromList, time.Time{})
		}
	}
	d.badLogLines(&lines)
	if d.opt.URLList == nil {
		return nil
	}
	br, err := NewListReader(d.opt.URLList)
	if err != nil {
		return err
	}
	long, err := d.streamList(ctx, br)
	if long > 0 {
		d.warn.addf("urls", "", "skipped %s longer than %d bytes", lineCount(long), maxListLine)
	}
	if err != nil {
		return fmt.Errorf("read url list: %w", err)
	}
	return nil
}

// listBatch is how many URLs one batch carries from the goroutine that
// reads and normalizes the list to the one that adds them, so that the
// two halves of the work share two cores.
const listBatch = 1024

// streamList reads the list in this goroutine and adds its URLs, in
// order, in another; it returns the number of overlong lines skipped.
func (d *discovery) streamList(ctx context.Context, br *bufio.Reader) (int, error) {
	batches, done := make(chan []string, 4), make(chan struct{})
	go func() {
		defer close(done)
		for batch := range batches {
			for _, n := range batch {
				d.add(n, fromList, time.Time{})
			}
		}
	}()
	var lines listLines
	batch := make([]string, 0, listBatch)
	long, err := eachLine(br, func(line string) bool {
		if n, ok := d.listURL(&lines, line); ok {
			if batch = append(batch, n); len(batch) == listBatch {
				batches <- batch
				batch = make([]string, 0, listBatch)
			}
		}
		return lines.n%ctxEvery != 0 || ctx.Err() == nil
	})
	batches <- batch
	close(batches)
	<-done
	d.badLogLines(&lines)
	return long, err
}

// listURL normalizes and admits the URL one list line names; ok is false
// when there is none to add, with a warning when the line is bad.
func (d *discovery) listURL(lines *listLines, line string) (string, bool) {
	target, kind := lines.target(line)
	if kind != lineURL {
		return "", false
	}
	n, verdict := d.admit(target, d.start)
	switch verdict {
	case invalidURL:
		d.warn.addf("urls", Redact(target), "not a valid http(s) URL; skipped")
	case disallowed:
		d.warn.addf("urls", n, "disallowed by robots.txt; skipped")
	}
	return n, verdict == admitted
}

// badLogLines warns once about the lines of an access log that were not
// log lines.
func (d *discovery) badLogLines(lines *listLines) {
	if lines.badLines > 0 {
		d.warn.addf("urls", "", "skipped %s of the access log not in Common or Combined Log Format", lineCount(lines.badLines))
	}
}

// lineCount is "1 line" or "N lines".
func lineCount(n int) string {
	return plural(n, "line")
}

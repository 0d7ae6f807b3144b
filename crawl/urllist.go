package crawl

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// maxListLine bounds one line of a URL list.
const maxListLine = 64 << 10

// ReadURLList reads a URL list (--urls FILE, or stdin for "-"): one URL per
// line; blank lines and lines starting with # are skipped.
func ReadURLList(r io.Reader) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxListLine)
	var out []string
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("read url list: %w", err)
	}
	return out, nil
}

// Command benchurls supports `make bench` for `rendermap routes --urls`:
//
//	benchurls gen N FILE   writes the N synthetic URLs of BenchmarkInfer1M to FILE, one per line
//	benchurls parse FILE   reads FILE and parses every line with net/url, nothing else
//
// The time of "parse" is the baseline that .ci/bench divides the time of
// `rendermap routes --urls FILE` by.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"

	"github.com/rendermap/rendermap/internal/synth"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchurls:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	switch {
	case len(args) == 3 && args[0] == "gen":
		n, err := strconv.Atoi(args[1])
		if err != nil {
			return fmt.Errorf("gen: count %q: %w", args[1], err)
		}
		return gen(n, args[2])
	case len(args) == 2 && args[0] == "parse":
		return parse(args[1], out)
	}
	return errors.New("usage: benchurls gen N FILE | benchurls parse FILE")
}

// gen writes n synthetic URLs to path.
func gen(n int, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	synth.Each(n, func(u string) {
		w.WriteString(u)
		w.WriteByte('\n')
	})
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("gen: %w", err)
	}
	return f.Close()
}

// parse parses every line of path with url.Parse and prints how many
// lines parsed, so the work cannot be optimized away.
func parse(path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	ok, bad := 0, 0
	for sc.Scan() {
		if u, err := url.Parse(sc.Text()); err == nil && u.Host != "" {
			ok++
		} else {
			bad++
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	fmt.Fprintf(out, "%d URLs parsed, %d not absolute\n", ok, bad)
	return nil
}

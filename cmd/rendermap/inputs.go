package main

import (
	"bufio"
	"io"
	"os"
	"strings"
	"time"

	"github.com/rendermap/rendermap/advise"
)

// readURLList reads one URL per line from path ("-" is stdin); "" gives none.
func readURLList(path string, stdin io.Reader) ([]string, error) {
	if path == "" {
		return nil, nil
	}
	r, closeFn, err := openInput(path, stdin)
	if err != nil {
		return nil, usageErr("--urls %s: %v", path, err)
	}
	defer closeFn()
	var out []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, usageErr("--urls %s: %v", path, err)
	}
	return out, nil
}

// openInput opens path, or stdin for "-".
func openInput(path string, stdin io.Reader) (io.Reader, func(), error) {
	if path == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// loadFacts builds the model's facts from the traffic file and flags.
func loadFacts(trafficFile string, freshness time.Duration) (advise.Facts, error) {
	f := advise.Facts{FreshnessBudget: freshness}
	if trafficFile == "" {
		return f, nil
	}
	file, err := os.Open(trafficFile)
	if err != nil {
		return f, usageErr("--traffic %s: %v", trafficFile, err)
	}
	defer file.Close()
	t, err := advise.ParseTraffic(file)
	if err != nil {
		return f, usageErr("--traffic %s: %v", trafficFile, err)
	}
	f.Traffic = t
	return f, nil
}

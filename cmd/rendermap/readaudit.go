package main

import (
	"io"

	"github.com/rendermap/rendermap"
)

// readAudit reads and validates a saved audit ("-" is stdin).
func readAudit(path string, stdin io.Reader) (*rendermap.Audit, error) {
	r, closeFn, err := openInput(path, stdin)
	if err != nil {
		return nil, usageErr("read audit %s: %v", path, err)
	}
	defer closeFn()
	data, err := io.ReadAll(io.LimitReader(r, 512<<20))
	if err != nil {
		return nil, usageErr("read audit %s: %v", path, err)
	}
	return decodeAudit(data, path)
}

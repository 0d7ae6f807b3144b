package audit

import (
	"io"
	"path/filepath"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/config"
)

// maxAuditBytes caps how much of an audit file is read.
const maxAuditBytes = 512 << 20

// Read reads and validates a saved audit ("-" is stdin). A file that
// cannot be read or is no valid audit is a *config.InputError.
func Read(path string, stdin io.Reader) (*rendermap.Audit, error) {
	r, closeFn, err := config.Open(path, stdin)
	if err != nil {
		return nil, config.Inputf("read audit %s: %v", path, err)
	}
	defer closeFn()
	data, err := io.ReadAll(io.LimitReader(r, maxAuditBytes))
	if err != nil {
		return nil, config.Inputf("read audit %s: %v", path, err)
	}
	a, err := rendermap.Decode(data)
	if err != nil {
		return nil, config.Inputf("%s is not a valid audit: %v", path, err)
	}
	return a, nil
}

// ReadResume reads DIR/audit.json for --resume; it must be an incomplete audit.
func ReadResume(dir string) (*rendermap.Audit, error) {
	a, err := Read(filepath.Join(dir, "audit.json"), nil)
	if err != nil {
		return nil, err
	}
	if a.Complete {
		return nil, config.Inputf("--resume %s: that audit is already complete; start a new one without --resume", dir)
	}
	return a, nil
}

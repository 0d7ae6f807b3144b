package emit

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Write puts generated files where out says. With out "" or "-", one file is
// copied to stdout as is and several are concatenated, each after a
// "// ==> path <==" line. Otherwise out is a directory that receives the
// files (created as needed), except that a single file is written to out
// itself when out is not an existing directory and does not end in a slash.
// Paths that are absolute or climb out of out are refused before anything
// is written.
func Write(files []File, out string, stdout io.Writer) error {
	for _, f := range files {
		if err := checkPath(f.Path); err != nil {
			return err
		}
	}
	switch {
	case out == "" || out == "-":
		return writeStream(files, stdout)
	case len(files) == 1 && !isDir(out) && !strings.HasSuffix(out, "/"):
		return writeFile(out, files[0].Content)
	}
	for _, f := range files {
		if err := writeFile(filepath.Join(out, filepath.FromSlash(f.Path)), f.Content); err != nil {
			return err
		}
	}
	return nil
}

// checkPath refuses a generated path that could land outside the output
// directory: empty, absolute, with backslashes, NUL, "." or ".." elements.
func checkPath(p string) error {
	bad := p == "" || strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") ||
		filepath.IsAbs(p) || filepath.VolumeName(p) != "" || path.Clean(p) != p
	for _, el := range strings.Split(p, "/") {
		bad = bad || el == ".." || el == "."
	}
	if bad {
		return fmt.Errorf("write: refusing unsafe path %q", p)
	}
	return nil
}

func writeStream(files []File, w io.Writer) error {
	if w == nil {
		return errors.New("write: no stdout")
	}
	if len(files) == 1 {
		_, err := w.Write(files[0].Content)
		return err
	}
	for i, f := range files {
		sep := "// ==> " + f.Path + " <==\n"
		if i > 0 {
			sep = "\n" + sep
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return fmt.Errorf("write %s: %w", f.Path, err)
		}
		if _, err := w.Write(withNewline(f.Content)); err != nil {
			return fmt.Errorf("write %s: %w", f.Path, err)
		}
	}
	return nil
}

func withNewline(b []byte) []byte {
	if len(b) == 0 || b[len(b)-1] == '\n' {
		return b
	}
	return append(b[:len(b):len(b)], '\n')
}

func writeFile(name string, content []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	if err := os.WriteFile(name, content, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	return nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// Names lists the file names Find looks for, in order.
var Names = []string{"rendermap.yaml", "rendermap.yml"}

// Find returns the config file in dir, if there is one.
func Find(dir string) (string, bool) {
	for _, n := range Names {
		p := filepath.Join(dir, n)
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			return p, true
		}
	}
	return "", false
}

// Load reads and strictly checks the config file at path. Problems in the
// file are *Error values naming the line and key.
func Load(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data)
}

// Parse strictly checks and decodes config data; name labels errors.
func Parse(name string, data []byte) (*File, error) {
	d := &decoder{name: name, lines: map[string]int{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, d.syntaxError(err)
	}
	f := &File{}
	root := documentRoot(&doc)
	if root == nil {
		f.lines = d.lines
		return f, nil
	}
	if err := d.walk(root, reflect.TypeFor[File](), "", 0); err != nil {
		return nil, err
	}
	if err := root.Decode(f); err != nil {
		return nil, d.syntaxError(err)
	}
	f.lines = d.lines
	setAssertionLines(f, root)
	if err := f.validate(d); err != nil {
		return nil, err
	}
	return f, nil
}

func documentRoot(doc *yaml.Node) *yaml.Node {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil
	}
	return doc.Content[0]
}

// syntaxError turns "yaml: line 3: ..." into "name:3: ...".
func (d *decoder) syntaxError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	var line int
	if _, scanErr := fmt.Sscanf(msg, "line %d:", &line); scanErr == nil {
		_, msg, _ = strings.Cut(msg, ": ")
	}
	return d.errorf(line, "", "invalid YAML: %s", msg)
}

func setAssertionLines(f *File, root *yaml.Node) {
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "assertions" {
			continue
		}
		for j, item := range root.Content[i+1].Content {
			if j < len(f.Assertions) {
				f.Assertions[j].Line = item.Line
			}
		}
	}
}

// Locate loads the config file at path; with no path and find set, the
// rendermap.yaml (or .yml) of the working directory, if any. It returns
// nil when there is none.
func Locate(path string, find bool) (*File, error) {
	if path == "" && find {
		if p, ok := Find("."); ok {
			path = p
		}
	}
	if path == "" {
		return nil, nil
	}
	return Load(path)
}

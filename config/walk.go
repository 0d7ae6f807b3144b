package config

import (
	"reflect"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxDepth bounds nesting, so hostile input cannot exhaust the stack.
const maxDepth = 16

var durationType = reflect.TypeFor[Duration]()

// decoder walks a YAML tree against the File type, so every unknown key
// and wrong type is reported with its line and dotted key path.
type decoder struct {
	name  string
	lines map[string]int
}

func (d *decoder) walk(n *yaml.Node, t reflect.Type, path string, depth int) error {
	if depth > maxDepth {
		return d.errorf(n.Line, path, "%s is nested too deeply", keyName(path))
	}
	if n.Kind == yaml.AliasNode {
		return d.errorf(n.Line, path, "%s: anchors and aliases are not supported", keyName(path))
	}
	if n.Tag == "!!null" {
		return nil
	}
	switch {
	case t == durationType:
		return d.scalar(n, path, func() error { _, err := parseDuration(n.Value); return err }, "a duration such as 15m")
	case t.Kind() == reflect.Struct:
		return d.walkStruct(n, t, path, depth)
	case t.Kind() == reflect.Map:
		return d.walkMap(n, t, path, depth)
	case t.Kind() == reflect.Slice:
		return d.walkSlice(n, t, path, depth)
	}
	return d.walkScalar(n, t.Kind(), path)
}

func (d *decoder) walkStruct(n *yaml.Node, t reflect.Type, path string, depth int) error {
	if n.Kind != yaml.MappingNode {
		return d.errorf(n.Line, path, "%s: want a mapping of keys, got %s", keyName(path), describe(n))
	}
	fields := yamlFields(t)
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		f, ok := fields[k.Value]
		if !ok || k.Kind != yaml.ScalarNode {
			return d.errorf(k.Line, path, "unknown key %q%s", clipKey(k.Value), in(path))
		}
		if seen[k.Value] {
			return d.errorf(k.Line, path, "key %q appears twice%s", k.Value, in(path))
		}
		seen[k.Value] = true
		p := join(path, k.Value)
		d.lines[p] = k.Line
		if err := d.walk(v, f, p, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) walkMap(n *yaml.Node, t reflect.Type, path string, depth int) error {
	if n.Kind != yaml.MappingNode {
		return d.errorf(n.Line, path, "%s: want a mapping, got %s", keyName(path), describe(n))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode || k.Tag == "!!null" || k.Value == "" {
			return d.errorf(k.Line, path, "%s: keys must be non-empty strings", keyName(path))
		}
		if seen[k.Value] {
			return d.errorf(k.Line, path, "key %q appears twice%s", clipKey(k.Value), in(path))
		}
		seen[k.Value] = true
		p := join(path, k.Value)
		d.lines[p] = k.Line
		if err := d.walk(v, t.Elem(), p, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) walkSlice(n *yaml.Node, t reflect.Type, path string, depth int) error {
	if n.Kind != yaml.SequenceNode {
		return d.errorf(n.Line, path, "%s: want a list, got %s", keyName(path), describe(n))
	}
	for i, item := range n.Content {
		if item.Tag == "!!null" {
			return d.errorf(item.Line, path, "%s: item %d is empty", keyName(path), i+1)
		}
		if err := d.walk(item, t.Elem(), path, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) walkScalar(n *yaml.Node, k reflect.Kind, path string) error {
	switch k {
	case reflect.String:
		return d.scalar(n, path, tagIs(n, "!!str"), "a string")
	case reflect.Int:
		return d.scalar(n, path, tagIs(n, "!!int"), "an integer")
	case reflect.Float64:
		return d.scalar(n, path, tagIs(n, "!!int", "!!float"), "a number")
	case reflect.Bool:
		return d.scalar(n, path, tagIs(n, "!!bool"), "true or false")
	}
	return d.errorf(n.Line, path, "%s: unsupported type", keyName(path))
}

// scalar checks that n is a scalar that ok accepts; want describes it.
func (d *decoder) scalar(n *yaml.Node, path string, ok func() error, want string) error {
	if n.Kind != yaml.ScalarNode || ok() != nil {
		return d.errorf(n.Line, path, "%s: want %s, got %s", keyName(path), want, describe(n))
	}
	return nil
}

func tagIs(n *yaml.Node, tags ...string) func() error {
	return func() error {
		for _, t := range tags {
			if n.Tag == t {
				return nil
			}
		}
		return errWrongTag
	}
}

var errWrongTag = &Error{Msg: "wrong tag"}

// yamlFields maps yaml key names to field types of struct t.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		m[name] = f.Type
	}
	return m
}

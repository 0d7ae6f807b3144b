package config

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// describe names a node's kind for "got ..." messages without echoing its
// value, which might be a secret pasted into the wrong key.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!int":
		return "an integer"
	case "!!float":
		return "a number"
	case "!!bool":
		return "a boolean"
	case "!!str":
		return "a string"
	}
	return "a " + strings.TrimPrefix(n.Tag, "!!") + " value"
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func keyName(path string) string {
	if path == "" {
		return "the file"
	}
	return path
}

func in(path string) string {
	if path == "" {
		return " at the top level"
	}
	return " in " + path
}

func clipKey(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}

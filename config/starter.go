package config

import _ "embed"

//go:embed starter.yaml
var starter []byte

// Starter returns the commented starter file `rendermap init` writes.
func Starter() []byte {
	return append([]byte(nil), starter...)
}

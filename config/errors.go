package config

import "fmt"

// Error is a problem in the config file at a line.
type Error struct {
	// File is the config file name as given.
	File string
	// Line is the 1-based line, or 0 when unknown.
	Line int
	// Key is the dotted key path, e.g. "crawl.max_urls", when there is one.
	Key string
	// Msg says what is wrong in one sentence.
	Msg string
}

// Error formats the problem as "file:line: message".
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

func (d *decoder) errorf(line int, key, format string, args ...any) error {
	return &Error{File: d.name, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)}
}

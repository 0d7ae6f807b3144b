package testkit

import (
	"net/http"
	"time"
)

// Now is the fixed clock of tests that explain headers: a Tuesday in 2026.
var Now = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

// Header builds a header from name, value pairs; a name may repeat.
func Header(kv ...string) http.Header {
	h := http.Header{}
	for i := 0; i+1 < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return h
}

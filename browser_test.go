package rendermap

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// TestBrokenRender: timeouts and crashed or closed renderers are broken
// (a retry costs as much again); a refused connection or an HTTP-level
// failure is not.
func TestBrokenRender(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{nil, false},
		{fmt.Errorf("render /a: %w", context.DeadlineExceeded), true},
		{errors.New("wait for load of /a: context deadline exceeded"), true},
		{errors.New("{-32000 Timeout ...}"), true},
		{errors.New("navigate /a: Target crashed"), true},
		{errors.New("wait for /a to settle: websocket: close sent; Target closed"), true},
		{errors.New("navigate /a: net::ERR_CONNECTION_REFUSED"), false},
		{errors.New("empty render"), false},
	} {
		if got := BrokenRender(c.err); got != c.want {
			t.Errorf("BrokenRender(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}

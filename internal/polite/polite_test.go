package polite

import (
	"context"
	"net/http"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	for _, c := range []struct {
		v       string
		attempt int
		want    time.Duration
	}{
		{"", 0, time.Second}, {"", 1, 2 * time.Second}, {"3", 0, 3 * time.Second},
		{"0", 1, 0}, {"-4", 0, time.Second}, {"3600", 0, maxRetryWait},
		{time.Now().Add(-time.Hour).UTC().Format(http.TimeFormat), 0, 0},
	} {
		if got := retryAfter(c.v, c.attempt); got != c.want {
			t.Errorf("retryAfter(%q, %d) = %v, want %v", c.v, c.attempt, got, c.want)
		}
	}
}

func TestRetryable(t *testing.T) {
	for status, want := range map[int]bool{429: true, 503: true, 500: false, 200: false, 404: false} {
		if Retryable(status) != want {
			t.Errorf("Retryable(%d) = %v, want %v", status, !want, want)
		}
	}
}

// TestPacerSpacesOneHost checks the schedule the pacer hands out, not how
// long the test slept: the next request to a host asked twice is due one
// interval after that of a host asked once: hosts are paced apart.
func TestPacerSpacesOneHost(t *testing.T) {
	p := NewPacer(time.Hour)
	p.SlowTo(2 * time.Hour)
	p.SlowTo(time.Minute) // shorter: ignored
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_ = p.Wait(ctx, "a")
	_ = p.Wait(ctx, "a")
	_ = p.Wait(ctx, "b")
	if gap := p.next["a"].Sub(p.next["b"]); gap < 2*time.Hour-time.Minute || gap > 2*time.Hour+time.Minute {
		t.Errorf("host a's next request is due %v after host b's, want 2h (one more 2h interval)", gap)
	}
}

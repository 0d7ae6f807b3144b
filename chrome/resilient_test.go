package chrome

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
)

var launchOpen = Opener("", Options{Timeout: 20 * time.Second})

// TestResilientRelaunchesKilledBrowser also checks that a page error leaves
// a live browser alone and that Close stops every browser it started.
func TestResilientRelaunchesKilledBrowser(t *testing.T) {
	chromeBin(t) // skips without a browser
	srv := site(t)
	r, err := NewResilient(context.Background(), launchOpen)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	sessions := make([]rendermap.Session, 3)
	for i := range sessions {
		if sessions[i], err = r.NewSession(context.Background(), rendermap.SessionOptions{}); err != nil {
			t.Fatal(err)
		}
		defer sessions[i].Close()
	}
	s := sessions[0]
	render(t, s, srv.URL+"/static")
	if _, err := s.Render(context.Background(), "http://127.0.0.1:1/refused"); err == nil || !strings.Contains(err.Error(), "navigate") {
		t.Errorf("err = %v, want the page's navigate error", err)
	}
	if n := r.Restarts(); n != 0 {
		t.Fatalf("a page error restarted a live browser %d times", n)
	}
	first, _, _ := r.current()
	firstPID, firstGroup := first.PID(), procs()[first.PID()].pgid
	if err := syscall.Kill(firstPID, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	renderAll(t, sessions, srv.URL+"/static") // every session notices; one restart serves all
	if n := r.Restarts(); n != 1 {
		t.Errorf("Restarts() = %d, want 1", n)
	}
	second, _, _ := r.current()
	secondPID := second.PID()
	if secondPID == firstPID || secondPID == 0 {
		t.Fatalf("browser not replaced: pid %d then %d", firstPID, secondPID)
	}
	if fresh, err := r.NewSession(context.Background(), rendermap.SessionOptions{}); err != nil {
		t.Errorf("new session after restart: %v", err)
	} else {
		_ = fresh.Close()
	}
	if err := r.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if _, err := r.NewSession(context.Background(), rendermap.SessionOptions{}); !errors.Is(err, ErrClosed) {
		t.Errorf("NewSession after Close: err = %v, want ErrClosed", err)
	}
	if !pidGone(firstPID) || !pidGone(secondPID) || !groupGone(firstGroup) {
		t.Errorf("chromium outlived Close: pids %d %d, group %d holds %v", firstPID, secondPID, firstGroup, inGroup(firstGroup))
	}
	if !eventually(func() bool { return len(strayChromium()) == 0 }) {
		t.Errorf("chromium processes left behind: %v", describe(strayChromium()))
	}
}

// renderAll renders url in every session at once.
func renderAll(t *testing.T, sessions []rendermap.Session, url string) {
	t.Helper()
	errs := make(chan error, len(sessions))
	for _, s := range sessions {
		go func() {
			r, err := s.Render(context.Background(), url)
			if err == nil && r.Title != "Static" {
				err = fmt.Errorf("title %q", r.Title)
			}
			errs <- err
		}()
	}
	for range sessions {
		if err := <-errs; err != nil {
			t.Errorf("render after crash: %v", err)
		}
	}
}

func TestResilientReconnectsRemote(t *testing.T) {
	srv := site(t)
	d := startDevtools(t, 0)
	endpoint := fmt.Sprintf("http://127.0.0.1:%d", d.port)
	r, err := NewResilient(context.Background(), Opener(endpoint, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	s, err := r.NewSession(context.Background(), rendermap.SessionOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	render(t, s, srv.URL+"/static")

	d.kill()
	if !groupGone(d.cmd.Process.Pid) {
		t.Fatalf("test browser group %d survived SIGKILL: %v", d.cmd.Process.Pid, inGroup(d.cmd.Process.Pid))
	}
	_, err = s.Render(context.Background(), srv.URL+"/static")
	if err == nil || !strings.Contains(err.Error(), endpoint+"/json/version") || !strings.Contains(err.Error(), "reopen browser") {
		t.Fatalf("render with the endpoint down: err = %v, want a reopen error naming the endpoint", err)
	}

	startDevtools(t, d.port) // the pool comes back on the same address
	if got := render(t, s, srv.URL+"/static"); got.Title != "Static" {
		t.Errorf("render after reconnect: title %q", got.Title)
	}
	if n := r.Restarts(); n != 1 {
		t.Errorf("Restarts() = %d, want 1", n)
	}
}

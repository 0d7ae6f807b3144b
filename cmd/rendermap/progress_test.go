package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressQuietPlainAndTerminal(t *testing.T) {
	var quiet bytes.Buffer
	q := newProgress(&quiet, false, true)
	q.Stage("stage %d", 1)
	q.Update("n=%d", 1)
	if quiet.Len() != 0 {
		t.Errorf("--quiet printed %q", quiet.String())
	}
	var plain bytes.Buffer
	p := newProgress(&plain, false, false)
	p.Stage("discovering %s", "x")
	p.Update("discovered %d", 1)
	p.Update("discovered %d", 2) // throttled away
	if got := plain.String(); got != "rendermap: discovering x\n  discovered 1\n" {
		t.Errorf("plain progress = %q", got)
	}
	var tty bytes.Buffer
	tp := newProgress(&tty, true, false)
	tp.Update("discovered %d URLs", 7)
	tp.Done()
	tp.Stage("done")
	if !strings.Contains(tty.String(), "discovered 7 URLs") || !strings.HasSuffix(tty.String(), "rendermap: done\n") {
		t.Errorf("terminal progress = %q", tty.String())
	}
}

func TestProgressStepsETA(t *testing.T) {
	var plain bytes.Buffer
	p := newProgress(&plain, false, false)
	p.Stage("measuring")
	p.start = time.Now().Add(-10 * time.Second) // 10 s for the first 5 of 20 steps
	p.Steps(5, 20, "render %d/%d", 2, 8)
	p.Steps(6, 20, "render %d/%d", 3, 8)   // throttled away
	p.Steps(20, 20, "recheck %d/%d", 8, 8) // the last step always prints
	lines := strings.Split(strings.TrimSpace(plain.String()), "\n")
	if len(lines) != 3 || lines[1] != "  5/20 steps, about 30s left: render 2/8" || !strings.HasPrefix(lines[2], "  20/20 steps, about 0s left") {
		t.Errorf("plain steps = %q", plain.String())
	}
	var tty bytes.Buffer
	tp := newProgress(&tty, true, false)
	tp.Update("discovered %d URLs", 7)
	tp.Steps(3, 9, "fetch %d/%d", 3, 9)
	tp.Done()
	if got := tty.String(); !strings.Contains(got, "fetch 3/9") || !strings.Contains(got, "/9)") {
		t.Errorf("terminal steps = %q", got)
	}
	if eta(time.Second, 0, 4) != "time left unknown" {
		t.Errorf("eta with nothing done = %q", eta(time.Second, 0, 4))
	}
}

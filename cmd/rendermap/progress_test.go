package main

import (
	"bytes"
	"strings"
	"testing"
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

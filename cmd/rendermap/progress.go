package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progressLog writes progress to stderr: a line rewritten in place on a
// terminal, a plain line at most every few seconds otherwise, nothing when quiet.
type progressLog struct {
	mu      sync.Mutex
	w       io.Writer
	tty     bool
	quiet   bool
	last    time.Time
	every   time.Duration
	inPlace bool
}

func newProgress(w io.Writer, tty, quiet bool) *progressLog {
	return &progressLog{w: w, tty: tty, quiet: quiet, every: 5 * time.Second}
}

// Stage prints a stage heading line.
func (p *progressLog) Stage(format string, a ...any) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.endLine()
	fmt.Fprintf(p.w, "rendermap: "+format+"\n", a...)
}

// Update reports a running count; throttled.
func (p *progressLog) Update(format string, a ...any) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		fmt.Fprintf(p.w, "\r\033[K  "+format, a...)
		p.inPlace = true
		return
	}
	if time.Since(p.last) >= p.every {
		p.last = time.Now()
		fmt.Fprintf(p.w, "  "+format+"\n", a...)
	}
}

func (p *progressLog) endLine() {
	if p.inPlace {
		fmt.Fprintln(p.w)
		p.inPlace = false
	}
}

// Done ends any in-place line.
func (p *progressLog) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.endLine()
}

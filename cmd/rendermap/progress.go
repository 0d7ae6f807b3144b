package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressLog writes progress to stderr: a live spinner line with the
// current counts and elapsed time on a terminal (schollz/progressbar), a
// plain line at most every few seconds otherwise, nothing when quiet.
type progressLog struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	quiet bool
	last  time.Time
	every time.Duration
	bar   *progressbar.ProgressBar
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

// Update reports running counts; throttled.
func (p *progressLog) Update(format string, a ...any) {
	if p.quiet {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		p.spinner().Describe(fmt.Sprintf(format, a...))
		_ = p.bar.Add(1)
		return
	}
	if time.Since(p.last) >= p.every {
		p.last = time.Now()
		fmt.Fprintf(p.w, "  "+format+"\n", a...)
	}
}

func (p *progressLog) spinner() *progressbar.ProgressBar {
	if p.bar == nil {
		p.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(p.w), progressbar.OptionSpinnerType(14),
			progressbar.OptionSetElapsedTime(true), progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(), progressbar.OptionFullWidth())
	}
	return p.bar
}

func (p *progressLog) endLine() {
	if p.bar != nil {
		_ = p.bar.Finish()
		p.bar = nil
	}
}

// Done ends any live line.
func (p *progressLog) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.endLine()
}

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
	max   int       // the bar's total; 0 for the counting spinner
	start time.Time // when the current stage began, for the ETA
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
	p.start = time.Now()
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
		p.spinner(0).Describe(fmt.Sprintf(format, a...))
		_ = p.bar.Add(1)
		return
	}
	if time.Since(p.last) >= p.every {
		p.last = time.Now()
		fmt.Fprintf(p.w, "  "+format+"\n", a...)
	}
}

// Steps reports done of total steps with an estimate of the time left:
// a bar on a terminal, a throttled plain line otherwise.
func (p *progressLog) Steps(done, total int, format string, a ...any) {
	if p.quiet || total <= 0 {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.tty {
		p.spinner(total).Describe(fmt.Sprintf(format, a...))
		_ = p.bar.Set(done)
		return
	}
	if time.Since(p.last) >= p.every || done == total {
		p.last = time.Now()
		fmt.Fprintf(p.w, "  %d/%d steps, %s: "+format+"\n", append([]any{done, total, eta(time.Since(p.start), done, total)}, a...)...)
	}
}

// eta estimates the time left from the time taken so far, as a phrase.
func eta(elapsed time.Duration, done, total int) string {
	if done <= 0 {
		return "time left unknown"
	}
	left := elapsed * time.Duration(total-done) / time.Duration(done)
	return "about " + left.Round(time.Second).String() + " left"
}

// spinner returns the live line: a counting spinner when max is 0, else a
// bar to max. A different max starts a new line.
func (p *progressLog) spinner(max int) *progressbar.ProgressBar {
	if p.bar != nil && p.max != max {
		p.endLine()
	}
	if p.bar == nil {
		p.bar, p.max = newBar(p.w, max), max
	}
	return p.bar
}

// newBar draws on w (schollz/progressbar): elapsed time always, and for a
// known max the count and the predicted time left.
func newBar(w io.Writer, max int) *progressbar.ProgressBar {
	opts := []progressbar.Option{progressbar.OptionSetWriter(w), progressbar.OptionSetElapsedTime(true),
		progressbar.OptionThrottle(100 * time.Millisecond), progressbar.OptionClearOnFinish(), progressbar.OptionFullWidth()}
	if max == 0 {
		return progressbar.NewOptions(-1, append(opts, progressbar.OptionSpinnerType(14))...)
	}
	return progressbar.NewOptions(max, append(opts, progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true))...)
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

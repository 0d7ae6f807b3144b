package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

// errInterrupted is the cause of the context's cancellation on Ctrl-C.
var errInterrupted = errors.New("interrupted")

// interruptContext cancels ctx on the first SIGINT or SIGTERM so the audit
// can write what it has; a second signal exits at once.
func interruptContext(parent context.Context, stderr io.Writer) (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		if _, ok := <-ch; !ok {
			return
		}
		fmt.Fprintln(stderr, "rendermap: interrupted; writing what was measured (Ctrl-C again to quit at once)")
		cancel(errInterrupted)
		if _, ok := <-ch; ok {
			os.Exit(130)
		}
	}()
	return ctx, func() { signal.Stop(ch); close(ch); cancel(nil) }
}

func isTerminal(f *os.File) bool {
	return term.IsTerminal(int(f.Fd()))
}

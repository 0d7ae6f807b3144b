// Command benchcpu supports `make bench` where the audit's speed meets the
// machine's CPU (Linux only; it reads /proc):
//
//	benchcpu run OUT -- COMMAND ARGS...   runs COMMAND and writes to OUT the CPU seconds
//	                                      each group of processes used meanwhile
//	benchcpu loads URL...                 loads each URL in one warm headless Chromium
//	                                      session and prints its load time and the CPU
//	                                      Chromium spent on the load
//
// The groups of "run" are chromium (every process of a Chromium binary),
// rendermap (COMMAND itself) and other (every other process, the audited
// site's server among them). "loads" shows what the floor of .ci/bench
// leaves out: a page load costs Chromium more CPU than the load lasts.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "benchcpu:", err)
		os.Exit(1)
	}
}

func run(args []string, out io.Writer) error {
	switch {
	case len(args) >= 4 && args[0] == "run" && args[2] == "--":
		return runCommand(args[1], args[3:])
	case len(args) >= 2 && args[0] == "loads":
		return loads(args[1:], out)
	}
	return errors.New("usage: benchcpu run OUT -- COMMAND ARGS... | benchcpu loads URL...")
}

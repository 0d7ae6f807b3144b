package main

import (
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

// runCommand runs argv with its output passed through and writes the CPU
// seconds per group to the file out, one "GROUP SECONDS" line each.
func runCommand(out string, argv []string) error {
	m := newMeter()
	m.sample(func(pid int) string {
		if pid == os.Getpid() {
			return "self"
		}
		return "before"
	})
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("run %s: %w", argv[0], err)
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() { m.every(50*time.Millisecond, stop, groupOf(cmd.Process.Pid)); close(done) }()
	err := cmd.Wait()
	close(stop)
	<-done
	if werr := os.WriteFile(out, []byte(report(m.totals())), 0o644); werr != nil {
		return werr
	}
	return err
}

// groupOf names the group of a process first seen while the command runs.
func groupOf(cmdPID int) func(int) string {
	return func(pid int) string {
		if pid == cmdPID {
			return "rendermap"
		}
		return byBinary(pid)
	}
}

// byBinary is "chromium" for a process of a Chromium binary, else "other".
func byBinary(pid int) string {
	if isChromium(pid) {
		return "chromium"
	}
	return "other"
}

// report writes the totals; "before" (processes older than the command)
// counts as other, and benchcpu's own sampling is left out.
func report(t map[string]float64) string {
	t["other"] += t["before"]
	delete(t, "before")
	delete(t, "self")
	var lines []string
	for g, s := range t {
		lines = append(lines, fmt.Sprintf("%s %.2f", g, s))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n") + "\n"
}

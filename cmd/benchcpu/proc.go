package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// ticks is the kernel's clock rate for CPU times in /proc (USER_HZ, 100 on Linux).
const ticks = 100

// cpuOf returns the CPU seconds process pid has used (user and system),
// and false when it is gone.
func cpuOf(pid int) (float64, bool) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, false
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0, false
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	k, _ := strconv.ParseFloat(f[12], 64)
	return (u + k) / ticks, true
}

// isChromium reports whether pid runs a Chromium binary.
func isChromium(pid int) bool {
	exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	return err == nil && strings.HasPrefix(filepath.Base(exe), "chrom")
}

// pids lists the running processes.
func pids() []int {
	ents, _ := os.ReadDir("/proc")
	var out []int
	for _, e := range ents {
		if pid, err := strconv.Atoi(e.Name()); err == nil {
			out = append(out, pid)
		}
	}
	return out
}

// meter follows the CPU time of every process from when it first sees it:
// a process that ends between two samples loses at most one interval.
type meter struct {
	first, last map[int]float64
	group       map[int]string
}

func newMeter() *meter {
	return &meter{first: map[int]float64{}, last: map[int]float64{}, group: map[int]string{}}
}

// sample reads every process once. name gives a process its group; a
// process in group "other" is named again, as a child reads as its parent's
// binary until it calls exec.
func (m *meter) sample(name func(pid int) string) {
	for _, pid := range pids() {
		c, ok := cpuOf(pid)
		if !ok {
			continue
		}
		if _, seen := m.first[pid]; !seen {
			m.first[pid] = c
		}
		if g := m.group[pid]; g == "" || g == "other" {
			m.group[pid] = name(pid)
		}
		m.last[pid] = c
	}
}

// totals sums the CPU seconds used per group since each process was first seen.
func (m *meter) totals() map[string]float64 {
	out := map[string]float64{}
	for pid, c := range m.last {
		out[m.group[pid]] += c - m.first[pid]
	}
	return out
}

// every samples with name each interval until stop closes, then once more.
func (m *meter) every(interval time.Duration, stop <-chan struct{}, name func(int) string) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		m.sample(name)
		select {
		case <-stop:
			m.sample(name)
			return
		case <-t.C:
		}
	}
}

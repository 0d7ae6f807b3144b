package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestRunCountsTheCommand: a command that spins for a while is charged
// its CPU time under "rendermap", and the report names every group once.
func TestRunCountsTheCommand(t *testing.T) {
	out := filepath.Join(t.TempDir(), "cpu")
	spin := `i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done`
	if err := run([]string{"run", out, "--", "sh", "-c", spin}, nil); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]float64{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		f := strings.Fields(line)
		if len(f) != 2 {
			t.Fatalf("line %q: want GROUP SECONDS", line)
		}
		v, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		got[f[0]] = v
	}
	if got["rendermap"] < 0.05 {
		t.Errorf("the spinning command used %.2f CPU seconds, want some: %v", got["rendermap"], got)
	}
	for _, g := range []string{"before", "self"} {
		if _, ok := got[g]; ok {
			t.Errorf("group %q is in the report: %v", g, got)
		}
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"run", "out"}, {"run", "out", "cmd"}, {"loads"}} {
		if err := run(args, nil); err == nil || !strings.Contains(err.Error(), "usage") {
			t.Errorf("%q: err %v, want usage", args, err)
		}
	}
}

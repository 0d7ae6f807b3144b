package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rendermap/rendermap/fixtures"
	"github.com/rendermap/rendermap/internal/testkit"
)

// buildBinary builds rendermap once for the process-level tests.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// markedProcesses lists live processes whose environment holds mark.
func markedProcesses(mark string) []string {
	var out []string
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		env, err := os.ReadFile(filepath.Join(d, "environ"))
		if err != nil || !bytes.Contains(env, []byte(mark)) {
			continue
		}
		stat, _ := os.ReadFile(filepath.Join(d, "stat"))
		if f := strings.Fields(string(stat)); len(f) > 2 && f[2] != "Z" {
			comm, _ := os.ReadFile(filepath.Join(d, "comm"))
			out = append(out, filepath.Base(d)+" "+strings.TrimSpace(string(comm)))
		}
	}
	return out
}

// TestInterruptThenResume interrupts a real audit with SIGINT while it
// measures, checks the partial audit and that no Chromium survives, then
// resumes it to a complete audit that matches the truth.
func TestInterruptThenResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs two audits")
	}
	t.Parallel() // see TestMain
	bin := testkit.Rendermap(t)
	addr := freeAddr(t)
	srv := exec.Command(bin, "serve-demo", "--addr", addr)
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = srv.Process.Kill(); _ = srv.Wait() }()
	waitListening(t, addr)
	mark := fmt.Sprintf("RENDERMAP_TEST_MARK=%d", time.Now().UnixNano())
	out := filepath.Join(t.TempDir(), "report")
	code, stderr := interruptWhen(t, exec.Command(bin, "audit", "--out", out, "http://"+addr+"/"), mark, "measuring")
	if code != exitIncomplete || !strings.Contains(stderr, "interrupted") {
		t.Fatalf("exit %d (want 3) after SIGINT; stderr:\n%s", code, stderr)
	}
	a := testkit.ReadAudit(t, filepath.Join(out, "audit.json"))
	if a.Complete || !strings.Contains(a.IncompleteReason, "interrupted") {
		t.Errorf("partial audit: complete %v, reason %q", a.Complete, a.IncompleteReason)
	}
	if _, err := os.Stat(filepath.Join(out, "report.html")); err != nil {
		t.Errorf("no report after interrupt: %v", err)
	}
	assertNoSurvivors(t, mark)
	resume := exec.Command(bin, "audit", "--quiet", "--resume", out)
	resume.Env = append(os.Environ(), mark)
	if b, err := resume.CombinedOutput(); err != nil {
		t.Fatalf("resume: %v\n%s", err, b)
	}
	assertMatchesTruth(t, testkit.ReadAudit(t, filepath.Join(out, "audit.json")))
	assertNoSurvivors(t, mark)
}

func waitListening(t *testing.T, addr string) {
	t.Helper()
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("demo server at %s never listened", addr)
}

// interruptWhen runs cmd, sends SIGINT once stderr shows marker, and returns the exit code and stderr.
func interruptWhen(t *testing.T, cmd *exec.Cmd, mark, marker string) (int, string) {
	t.Helper()
	cmd.Env = append(os.Environ(), mark)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var buf strings.Builder
	sc := bufio.NewScanner(pipe)
	sent := false
	for sc.Scan() {
		buf.WriteString(sc.Text() + "\n")
		if !sent && strings.Contains(sc.Text(), marker) {
			time.Sleep(2 * time.Second)
			_ = cmd.Process.Signal(syscall.SIGINT)
			sent = true
		}
	}
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), buf.String()
	}
	return 0, buf.String()
}

func assertNoSurvivors(t *testing.T, mark string) {
	t.Helper()
	var left []string
	for i := 0; i < 50; i++ {
		if left = markedProcesses(mark); len(left) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("processes survived rendermap's exit: %v", left)
}

// TestKilledRendermapLeavesNoBrowser kills rendermap itself (SIGKILL, no
// chance to clean up) while it measures: no Chromium may survive it.
func TestKilledRendermapLeavesNoBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs an audit")
	}
	t.Parallel() // see TestMain
	bin := testkit.Rendermap(t)
	srv, err := fixtures.Start(fixtures.NewDemo(fixtures.DemoOptions{}), "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	mark := fmt.Sprintf("RENDERMAP_TEST_MARK=kill-%d", time.Now().UnixNano())
	cmd := exec.Command(bin, "audit", "--out", t.TempDir(), srv.URL()+"/")
	cmd.Env = append(os.Environ(), mark)
	pipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		if strings.Contains(sc.Text(), "measuring") {
			break
		}
	}
	if len(markedProcesses(mark)) < 2 {
		t.Fatalf("no browser was running under rendermap: %v", markedProcesses(mark))
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	assertNoSurvivors(t, mark)
}

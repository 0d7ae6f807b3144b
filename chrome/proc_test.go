package chrome

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// devtools is a Chromium the test started itself with a DevTools port.
type devtools struct {
	cmd  *exec.Cmd
	port int
	ws   string // ws://127.0.0.1:PORT/devtools/browser/ID
}

// startDevtools starts a headless Chromium in its own process group on
// port (0 picks one) and stops it when the test ends.
func startDevtools(t *testing.T, port int) *devtools {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command(chromeBin(t), "--headless", fmt.Sprintf("--remote-debugging-port=%d", port),
		"--remote-debugging-address=127.0.0.1", "--user-data-dir="+dir, "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--no-first-run", "about:blank")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	d := &devtools{cmd: cmd}
	t.Cleanup(d.kill) // runs before TempDir removes the profile
	var err error
	if port == 0 {
		d.port, d.ws, err = readActivePort(dir)
	} else {
		d.port, err = port, waitVersion(port)
	}
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// waitVersion waits for /json/version to answer: Chromium writes
// DevToolsActivePort only when it picked the port itself.
func waitVersion(port int) error {
	u := fmt.Sprintf("http://127.0.0.1:%d/json/version", port)
	ok := eventually(func() bool {
		res, err := http.Get(u)
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == http.StatusOK
	})
	if !ok {
		return fmt.Errorf("chromium did not answer on %s", u)
	}
	return nil
}

func chromeBin(t *testing.T) string {
	bin, err := Find("")
	if err != nil {
		t.Skip(err)
	}
	return bin
}

// readActivePort waits for Chromium to write DevToolsActivePort.
func readActivePort(dir string) (int, string, error) {
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		data, err := os.ReadFile(filepath.Join(dir, "DevToolsActivePort"))
		lines := strings.Fields(string(data))
		if err == nil && len(lines) == 2 {
			port, err := strconv.Atoi(lines[0])
			return port, fmt.Sprintf("ws://127.0.0.1:%d%s", port, lines[1]), err
		}
		time.Sleep(50 * time.Millisecond)
	}
	return 0, "", fmt.Errorf("chromium wrote no DevToolsActivePort in %s", dir)
}

// kill stops the whole process group and reaps the browser.
func (d *devtools) kill() {
	if d.cmd.ProcessState != nil {
		return
	}
	_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
	_ = d.cmd.Wait()
}

// groupGone waits until no process is left in the group of pid.
func groupGone(pgid int) bool {
	return eventually(func() bool { return len(inGroup(pgid)) == 0 })
}

func inGroup(pgid int) []int {
	var out []int
	for pid, st := range procs() {
		if st.pgid == pgid && st.state != "Z" {
			out = append(out, pid)
		}
	}
	return out
}

// pidGone waits until pid has exited (a zombie counts as gone).
func pidGone(pid int) bool {
	return eventually(func() bool {
		st, ok := procs()[pid]
		return !ok || st.state == "Z"
	})
}

func eventually(cond func() bool) bool {
	for range 100 {
		if cond() {
			return true
		}
		time.Sleep(50 * time.Millisecond)
	}
	return false
}

type procStat struct {
	comm       string
	state      string
	ppid, pgid int
}

// procs reads /proc/*/stat.
func procs() map[int]procStat {
	out := map[int]procStat{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		if st, ok := parseStat(string(data)); ok {
			out[pid] = st
		}
	}
	return out
}

func parseStat(s string) (procStat, bool) {
	open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || end < open {
		return procStat{}, false
	}
	f := strings.Fields(s[end+1:])
	if len(f) < 3 {
		return procStat{}, false
	}
	ppid, _ := strconv.Atoi(f[1])
	pgid, _ := strconv.Atoi(f[2])
	return procStat{comm: s[open+1 : end], state: f[0], ppid: ppid, pgid: pgid}, true
}

// strayChromium lists live chromium processes descending from this test
// process, except the harness's shared browser's tree.
func strayChromium() []int {
	all := procs()
	var out []int
	for pid, st := range all {
		if st.state == "Z" || !strings.Contains(strings.ToLower(st.comm), "chrom") {
			continue
		}
		if pid != os.Getpid() && descends(all, pid, os.Getpid()) && !descends(all, pid, HarnessPID()) {
			out = append(out, pid)
		}
	}
	return out
}

func descends(all map[int]procStat, pid, root int) bool {
	for range 64 {
		if pid == root {
			return true
		}
		st, ok := all[pid]
		if !ok || pid <= 1 {
			return false
		}
		pid = st.ppid
	}
	return false
}

// describe names processes for a failure message.
func describe(pids []int) []string {
	all := procs()
	out := make([]string, 0, len(pids))
	for _, pid := range pids {
		st := all[pid]
		out = append(out, fmt.Sprintf("%d(%s ppid %d pgid %d %s)", pid, st.comm, st.ppid, st.pgid, st.state))
	}
	return out
}

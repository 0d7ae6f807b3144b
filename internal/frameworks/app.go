package frameworks

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// App is a private copy of a framework app.
type App struct {
	// Dir is the copy's root.
	Dir string
	// Log receives the output of builds and servers.
	Log string
}

// skipped are build outputs and caches a copy leaves behind.
var skipped = map[string]bool{"node_modules": true, ".next": true, ".nuxt": true, ".output": true,
	"dist": true, ".vercel": true, ".astro": true, ".svelte-kit": true}

// Copy copies the app at src into dst (which must not exist): sources are
// copied, node_modules is hard-linked file by file (no build writes into an
// existing file there), and build outputs are left out.
func Copy(src, dst string) (*App, error) {
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() && skipped[d.Name()] && rel != "." {
			return filepath.SkipDir
		}
		return copyEntry(p, filepath.Join(dst, rel), d)
	})
	if err != nil {
		return nil, fmt.Errorf("copy app %s: %w", src, err)
	}
	if err := linkTree(filepath.Join(src, "node_modules"), filepath.Join(dst, "node_modules")); err != nil {
		return nil, fmt.Errorf("link node_modules of %s (run npm ci there first): %w", src, err)
	}
	return &App{Dir: dst, Log: filepath.Join(dst, "rendermap-test.log")}, nil
}

func copyEntry(src, dst string, d fs.DirEntry) error {
	switch {
	case d.IsDir():
		return os.MkdirAll(dst, 0o755)
	case d.Type()&fs.ModeSymlink != 0:
		target, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(target, dst)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	info, err := d.Info()
	if err != nil {
		return err
	}
	return os.WriteFile(dst, data, info.Mode().Perm())
}

// linkTree recreates src's directories under dst and hard-links its files;
// caches (.cache, .vite, .vite-temp) are left out so builds start them anew.
func linkTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir() && (d.Name() == ".cache" || d.Name() == ".vite" || d.Name() == ".vite-temp"):
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type()&fs.ModeSymlink != 0:
			link, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(link, target)
		}
		return os.Link(p, target)
	})
}

// env is the environment of every npm command: telemetry off.
func env(extra ...string) []string {
	return append(os.Environ(), append([]string{"NEXT_TELEMETRY_DISABLED=1", "NUXT_TELEMETRY_DISABLED=1",
		"ASTRO_TELEMETRY_DISABLED=1", "npm_config_update_notifier=false", "npm_config_fund=false"}, extra...)...)
}

// Run runs a command in the app's directory, appending its output to the
// log; the error carries the log's last lines.
func (a *App) Run(ctx context.Context, name string, args ...string) error {
	log, err := os.OpenFile(a.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer log.Close()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir, cmd.Env, cmd.Stdout, cmd.Stderr = a.Dir, env(), log, log
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %s in %s: %w\n%s", name, strings.Join(args, " "), a.Dir, err, a.tail(30))
	}
	return nil
}

// Build runs `npm run build`.
func (a *App) Build(ctx context.Context) error { return a.Run(ctx, "npm", "run", "build") }

// tail returns the last n lines of the log.
func (a *App) tail(n int) string {
	data, _ := os.ReadFile(a.Log)
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// Server is a running production server of an App.
type Server struct {
	// URL is http://127.0.0.1:PORT.
	URL string
	cmd *exec.Cmd
}

// Start runs `npm start` on a free 127.0.0.1 port and waits until the
// server answers /.
func (a *App) Start(ctx context.Context) (*Server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	log, err := os.OpenFile(a.Log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("npm", "start")
	cmd.Dir, cmd.Stdout, cmd.Stderr = a.Dir, log, log
	cmd.Env = env(fmt.Sprintf("PORT=%d", port), "HOST=127.0.0.1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("npm start in %s: %w", a.Dir, err)
	}
	go func() { _ = cmd.Wait(); log.Close() }()
	s := &Server{URL: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd}
	if err := s.wait(ctx); err != nil {
		s.Stop()
		return nil, fmt.Errorf("%w\n%s", err, a.tail(30))
	}
	return s, nil
}

// wait polls / until it answers below 500, for at most a minute.
func (s *Server) wait(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	c := &http.Client{Timeout: 5 * time.Second}
	for {
		if res, err := c.Get(s.URL + "/"); err == nil {
			res.Body.Close()
			if res.StatusCode < 500 {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return errors.New("the server at " + s.URL + " did not answer within a minute")
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Stop kills the server's whole process group (npm, the shell, node).
func (s *Server) Stop() {
	if s.cmd.Process != nil {
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

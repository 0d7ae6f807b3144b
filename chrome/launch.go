package chrome

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/launcher"
)

// ErrNoBrowser is returned when no Chrome or Chromium binary can be found.
var ErrNoBrowser = errors.New("no Chrome or Chromium found: install one (apt-get install chromium) or pass --chrome PATH")

// DefaultTimeout bounds one page render when Options.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// Options configures the browser.
type Options struct {
	// Bin is the browser binary; empty means CHROME_PATH, then a search of common paths.
	Bin string
	// Timeout bounds each render; zero means DefaultTimeout.
	Timeout time.Duration
}

// Browser is a running headless Chromium. It implements rendermap.Browser.
type Browser struct {
	rod     *rod.Browser
	l       *launcher.Launcher
	remote  *remote // set by Connect: Close leaves the browser running
	timeout time.Duration

	mu     sync.Mutex
	spares []*spare // closed sessions kept for reuse (see spare.go)
}

// Find returns the browser binary to use: bin when set, else $CHROME_PATH,
// else the first of the usual install locations. It never downloads one.
func Find(bin string) (string, error) {
	if bin == "" {
		bin = os.Getenv("CHROME_PATH")
	}
	if bin != "" {
		if _, err := os.Stat(bin); err != nil {
			return "", fmt.Errorf("browser %s: %w", bin, ErrNoBrowser)
		}
		return bin, nil
	}
	if p, ok := launcher.LookPath(); ok {
		return p, nil
	}
	return "", ErrNoBrowser
}

// Launch starts a headless browser. The caller must Close it.
func Launch(ctx context.Context, opt Options) (*Browser, error) {
	bin, err := Find(opt.Bin)
	if err != nil {
		return nil, err
	}
	l := newLauncher(ctx, bin)
	u, err := l.Launch()
	if err != nil {
		l.Kill()
		return nil, fmt.Errorf("launch %s: %w", bin, err)
	}
	rb := rod.New().ControlURL(u).NoDefaultDevice()
	if err := rb.Connect(); err != nil {
		l.Kill()
		return nil, fmt.Errorf("connect to %s: %w", bin, err)
	}
	return &Browser{rod: rb, l: l, timeout: orDefault(opt.Timeout)}, nil
}

// uiFeatures are browser-window features headless rendering never shows.
// Each browser context opens a window, and with these the window preloads
// the omnibox pop-up's WebUI in a renderer of its own: about a second of CPU
// per session on a 2-core machine, more than a page load.
var uiFeatures = []string{"WebUIOmniboxPopup", "WebUIOmniboxAimPopup"}

func newLauncher(ctx context.Context, bin string) *launcher.Launcher {
	return launcher.New().Context(ctx).Bin(bin).Headless(true).
		Append("disable-features", uiFeatures...).
		NoSandbox(os.Geteuid() == 0).
		Set("disable-gpu").
		Set("disable-quic").
		Set("disable-component-update").
		Set("disable-background-networking").
		Set("disable-sync").
		Set("no-first-run").
		Set("mute-audio").
		Set("proxy-bypass-list", "<-loopback>")
}

func orDefault(d time.Duration) time.Duration {
	if d <= 0 {
		return DefaultTimeout
	}
	return d
}

// PID returns the browser's process id, or 0 when unknown.
func (b *Browser) PID() int {
	if b.l == nil {
		return 0
	}
	return b.l.PID()
}

// exitGrace is how long a launched browser asked to close may take to exit
// before it is killed.
const exitGrace = 3 * time.Second

// Close shuts the browser down and removes its profile directory. On a
// browser from Connect it only closes this client's sessions and connection.
func (b *Browser) Close() error {
	if b.remote != nil {
		return b.remote.close()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second) // a hung browser is killed anyway
	defer cancel()
	err := b.rod.Context(ctx).Close()
	b.awaitExit(err == nil)
	return err
}

// awaitExit waits for the launched browser to exit and removes its profile
// directory. A browser that was asked to close gets exitGrace to do so;
// one that was not, or did not exit, is killed with its process group (the
// launcher's Kill pauses a second first, so it is the fallback only).
func (b *Browser) awaitExit(asked bool) {
	exited := make(chan struct{})
	go func() { b.l.Cleanup(); close(exited) }()
	grace := exitGrace
	if !asked {
		grace = 0
	}
	select {
	case <-exited:
		return
	case <-time.After(grace):
	}
	b.l.Kill()
	<-exited
}

package testkit

import (
	"context"
	"os"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rendermap/rendermap/chrome"
)

// RenderTimeout bounds one render of the shared browser: longer than the
// product's pages need on a quiet machine, so that a loaded one still passes.
const RenderTimeout = 20 * time.Second

// inMain is set by Main: the shared browsers are only started when Main
// will close them at the end of the test binary.
var inMain atomic.Bool

// findBrowser looks for a Chromium binary once per test binary.
var findBrowser = sync.OnceValues(func() (string, error) { return chrome.Find("") })

// shared is the test binary's headless Chromium behind [Browser].
var shared struct {
	once sync.Once
	b    *chrome.Browser
	err  error
	pid  atomic.Int64
}

// Main runs the tests of a package and then closes the browsers [Browser]
// and [Rod] started and removes the binary [Rendermap] built. Every package that uses them calls it from TestMain:
//
//	func TestMain(m *testing.M) { testkit.Main(m) }
//
// When TestMain returns, the test binary exits with m.Run's result.
func Main(m *testing.M) {
	inMain.Store(true)
	m.Run()
	closeBrowsers()
	removeBinary()
}

// closeBrowsers stops whatever shared browser was started.
func closeBrowsers() {
	if shared.b != nil {
		_ = shared.b.Close()
	}
	closeRod()
}

// Browser returns the test binary's one headless Chromium, launched on first
// use through chrome.Find (so $CHROME_PATH, then the usual install paths).
// Where no browser is installed it skips t with the reason; a browser that
// is found but does not start fails t.
func Browser(t testing.TB) *chrome.Browser {
	t.Helper()
	bin := browserBin(t)
	shared.once.Do(func() {
		shared.b, shared.err = chrome.Launch(context.Background(), chrome.Options{Bin: bin, Timeout: RenderTimeout})
		if shared.err == nil {
			shared.pid.Store(int64(shared.b.PID()))
		}
	})
	if shared.err != nil {
		t.Fatalf("launch chromium %s: %v", bin, shared.err)
	}
	return shared.b
}

// BrowserPID returns the process id of the browser [Browser] launched, or
// 0 when none runs yet.
func BrowserPID() int { return int(shared.pid.Load()) }

// browserBin returns the Chromium to launch, skipping t when there is none
// and failing it when the package's TestMain does not call [Main].
func browserBin(t testing.TB) string {
	t.Helper()
	if !inMain.Load() {
		t.Fatal("testkit: a shared browser needs func TestMain(m *testing.M) { testkit.Main(m) } in the package")
	}
	return BrowserBin(t)
}

// BrowserBin returns the Chromium that chrome.Find finds, for a test that
// starts its own (a subprocess, a DevTools port), skipping t when there is
// none.
func BrowserBin(t testing.TB) string {
	t.Helper()
	bin, err := findBrowser()
	if err != nil {
		t.Skip(noBrowser())
	}
	return bin
}

// noBrowser says in one line why a browser test is skipped.
func noBrowser() string {
	if p := os.Getenv("CHROME_PATH"); p != "" {
		return "no browser at CHROME_PATH=" + p
	}
	return "no Chrome or Chromium found: install one (apt-get install chromium) or set CHROME_PATH"
}

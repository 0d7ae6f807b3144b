package testkit

import (
	"sync"
	"testing"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/launcher"
)

// rodShared is the test binary's Chromium behind [Rod].
var rodShared struct {
	once sync.Once
	l    *launcher.Launcher
	b    *rod.Browser
	err  error
}

// Rod returns a headless Chromium driven directly through go-rod, for tests
// that open pages themselves (the HTML report's) rather than render through
// rendermap.Browser. It is found and skipped like [Browser], launched once
// per test binary and closed by [Main]; it is not the process [Browser]
// returns, so a package uses one or the other.
func Rod(t testing.TB) *rod.Browser {
	t.Helper()
	bin := browserBin(t)
	rodShared.once.Do(func() { rodShared.b, rodShared.err = launchRod(bin) })
	if rodShared.err != nil {
		t.Fatalf("launch chromium %s: %v", bin, rodShared.err)
	}
	return rodShared.b
}

// launchRod starts bin headless without a sandbox, GPU or background traffic.
func launchRod(bin string) (*rod.Browser, error) {
	rodShared.l = launcher.New().Bin(bin).Headless(true).NoSandbox(true).Leakless(false).
		Set("disable-component-update").Set("disable-background-networking").Set("disable-gpu")
	u, err := rodShared.l.Launch()
	if err != nil {
		return nil, err
	}
	b := rod.New().ControlURL(u).NoDefaultDevice()
	if err := b.Connect(); err != nil {
		return nil, err
	}
	return b, nil
}

// closeRod stops the browser [Rod] started, if any.
func closeRod() {
	if rodShared.b != nil {
		_ = rodShared.b.Close()
	}
	if rodShared.l != nil {
		rodShared.l.Kill()
		rodShared.l.Cleanup()
	}
}

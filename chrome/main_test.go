package chrome_test

import (
	"testing"

	"github.com/rendermap/rendermap/chrome"
	"github.com/rendermap/rendermap/internal/testkit"
)

// TestMain lends the in-package tests the harness's shared browser and
// closes it when the tests are done.
func TestMain(m *testing.M) {
	chrome.Harness, chrome.HarnessPID = testkit.Browser, testkit.BrowserPID
	testkit.Main(m)
}

// Package testkit is the test harness every package shares: header and
// clock helpers, the shared Chromium (found by chrome.Find, skipping cleanly
// where none exists), one fake browser, one golden-file helper and one
// sample audit. Only tests import it.
package testkit

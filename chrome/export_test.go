package chrome

import "testing"

// Harness returns the test binary's shared browser and HarnessPID its
// process id (0 before it starts). TestMain, in package chrome_test, sets
// them to the harness's (internal/testkit): tests in this package cannot
// import it, as it imports this package.
var (
	Harness    func(testing.TB) *Browser
	HarnessPID func() int
)

package measure

import (
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// TestMain closes the shared browser when the tests are done.
func TestMain(m *testing.M) { testkit.Main(m) }

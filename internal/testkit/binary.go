package testkit

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// built is the rendermap binary of the test binary, built on first use
// and removed by [Main].
var built struct {
	once     sync.Once
	dir, bin string
	err      error
}

// Rendermap builds the rendermap command once per test binary and returns
// its path, for tests that run it as a user would (signals, a killed
// process, framework apps). The package's TestMain must call [Main].
func Rendermap(tb testing.TB) string {
	tb.Helper()
	built.once.Do(buildRendermap)
	if built.err != nil {
		tb.Fatal(built.err)
	}
	return built.bin
}

func buildRendermap() {
	if built.dir, built.err = os.MkdirTemp("", "rendermap-bin-"); built.err != nil {
		return
	}
	built.bin = filepath.Join(built.dir, "rendermap")
	out, err := exec.Command("go", "build", "-o", built.bin, "github.com/rendermap/rendermap/cmd/rendermap").CombinedOutput()
	if err != nil {
		built.err = fmt.Errorf("go build rendermap: %v\n%s", err, out)
	}
}

// removeBinary deletes what [Rendermap] built.
func removeBinary() {
	if built.dir != "" {
		_ = os.RemoveAll(built.dir)
	}
}

package httpcache

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// TestExplainGolden explains each header block under testdata/cache and
// compares the JSON with its .golden.json file (rewrite with -update).
func TestExplainGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/cache/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no header blocks: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			status, h, err := ParseHeaderBlock(bytes.NewReader(raw))
			if err != nil {
				t.Fatal(err)
			}
			provider, cacheStatus := NormalizeStatus(h)
			got, err := json.MarshalIndent(map[string]any{
				"status": status, "cache": Explain(status, h, testkit.Now),
				"cdn_provider": provider, "cdn_status": cacheStatus,
			}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(got), "SECRETVALUE") {
				t.Error("a cookie value reached the explanation")
			}
			testkit.Golden(t, strings.TrimSuffix(f, ".txt")+".golden.json", append(got, '\n'))
		})
	}
}

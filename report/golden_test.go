package report

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/rendermap/rendermap/internal/testkit"
)

func TestGolden(t *testing.T) {
	cases := []struct {
		name, format, file string
		opt                Options
	}{
		{"table", "table", "table.golden", Options{}},
		{"table color", "table", "table_color.golden", Options{Color: true}},
		{"markdown", "markdown", "markdown.golden.md", Options{}},
		{"junit", "junit", "junit.golden.xml", Options{}},
		{"markdown now", "markdown", "markdown_now.golden.md", Options{Now: func() time.Time { return time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC) }}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.opt.Secrets = []string{testkit.PlantedSecret}
			testkit.Golden(t, filepath.Join("testdata", tc.file), []byte(renderString(t, tc.format, testkit.SampleAudit(t), tc.opt)))
		})
	}
}

// TestDeterministic renders every format twice from freshly decoded audits:
// the bytes must match (no map order, no clock, stable SVG).
func TestDeterministic(t *testing.T) {
	for _, format := range Names() {
		t.Run(format, func(t *testing.T) {
			a := renderString(t, format, testkit.SampleAudit(t), Options{Color: true})
			b := renderString(t, format, testkit.SampleAudit(t), Options{Color: true})
			if a != b {
				t.Errorf("two renders differ: %s", firstDiff(a, b))
			}
		})
	}
}

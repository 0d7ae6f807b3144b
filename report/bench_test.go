package report

import (
	"io"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// BenchmarkWrite renders the sample audit in every format.
func BenchmarkWrite(b *testing.B) {
	a := testkit.SampleAudit(b)
	for _, format := range Names() {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, format, a, Options{Secrets: []string{testkit.PlantedSecret}}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkMarkdown_LargeSite renders Markdown for 2,000 routes.
func BenchmarkMarkdown_LargeSite(b *testing.B) {
	a := bigAudit(b, 2000)
	for b.Loop() {
		if err := Write(io.Discard, "markdown", a, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

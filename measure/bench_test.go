package measure

import (
	"testing"
)

// BenchmarkServerMS150 measures a local server that sleeps 150 ms twice and
// reports both runs' server_ms p50 (the accuracy and repeatability figures).
// Run with: go test -run '^$' -bench ServerMS150 -benchtime 1x ./measure
func BenchmarkServerMS150(b *testing.B) {
	srv := sleeperB(b)
	for b.Loop() {
		first, second := measureSleeper(b, srv), measureSleeper(b, srv)
		b.ReportMetric(first.Server.P50, "p50_run1_ms")
		b.ReportMetric(second.Server.P50, "p50_run2_ms")
		b.ReportMetric(first.TTFB.P50, "ttfb_p50_run1_ms")
	}
}

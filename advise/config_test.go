package advise

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseConfig(t *testing.T) {
	in := `
build:
  workers: 8
  seconds_per_page: 0.05
  overhead_seconds: 90
  incremental: true
  max_deploys_per_day: 48
freshness: 10m
price_per_compute_second: 0.00002
patterns:
  /products/[id]:
    freshness: 5m
    visits_per_day: 50000
  /search:
    visits_per_day: 0
`
	got, err := ParseConfig(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Facts{BuildWorkers: 8, BuildSecondsPerPage: 0.05, BuildOverheadSeconds: 90, Incremental: true,
		MaxDeploysPerDay: 48, FreshnessBudget: 10 * time.Minute, PricePerComputeSecond: 0.00002,
		PatternFreshness: map[string]time.Duration{"/products/[id]": 5 * time.Minute},
		PatternVisits:    map[string]float64{"/products/[id]": 50000, "/search": 0}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(Traffic{})); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
}

func TestParseConfig_Errors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unknown key", "build:\n  wrokers: 3\n", "wrokers"},
		{"negative", "build:\n  workers: -1\n", "build.workers"},
		{"bad duration", "freshness: soon\n", "freshness"},
		{"bad pattern duration", "patterns:\n  /a:\n    freshness: -5m\n", "patterns./a.freshness"},
		{"negative visits", "patterns:\n  /a:\n    visits_per_day: -5\n", "visits_per_day"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseConfig(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want mention of %q", err, tt.want)
			}
		})
	}
}

func TestParseConfig_Empty(t *testing.T) {
	f, err := ParseConfig(strings.NewReader(""))
	if err != nil || f.BuildWorkers != 0 || f.FreshnessBudget != 0 {
		t.Errorf("empty config = %+v, %v", f, err)
	}
}

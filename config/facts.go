package config

import (
	"os"
	"time"

	"github.com/rendermap/rendermap/advise"
)

// Facts returns the cost model's facts: the model settings, the traffic
// file read and parsed, and the file's per-route freshness and visits.
func (s *Settings) Facts() (advise.Facts, error) {
	f := advise.Facts{
		FreshnessBudget: s.Freshness, BuildWorkers: s.BuildWorkers,
		BuildSecondsPerPage: s.BuildSecondsPerPage, BuildOverheadSeconds: s.BuildOverhead,
		Incremental: s.Incremental, MaxDeploysPerDay: s.MaxDeploysPerDay,
		PricePerComputeSecond: s.PricePerComputeSecond,
		Audience:              advise.Audience{NearRTTMS: s.NearMS, FarRTTMS: s.FarMS, EdgeRTTMS: s.EdgeMS},
	}
	s.routeFacts(&f)
	var err error
	f.Traffic, err = readTraffic(s.Traffic)
	return f, err
}

// routeFacts adds the file's routes section: freshness and visits per pattern.
func (s *Settings) routeFacts(f *advise.Facts) {
	if s.File == nil {
		return
	}
	f.PatternFreshness = map[string]time.Duration{}
	f.PatternVisits = map[string]float64{}
	for p, rf := range s.File.Routes {
		if rf.Freshness.Duration > 0 {
			f.PatternFreshness[p] = rf.Freshness.Duration
		}
		if rf.VisitsPerDay > 0 {
			f.PatternVisits[p] = rf.VisitsPerDay
		}
	}
}

// readTraffic parses an access log or CSV file; "" gives none.
func readTraffic(path string) (*advise.Traffic, error) {
	if path == "" {
		return nil, nil
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, Inputf("--traffic %s: %v", path, err)
	}
	defer file.Close()
	t, err := advise.ParseTraffic(file)
	if err != nil {
		return nil, Inputf("--traffic %s: %v", path, err)
	}
	return t, nil
}

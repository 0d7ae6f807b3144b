package advise

import "time"

// Facts are the model's non-measured inputs, from flags or a config file.
// Zero values mean the documented defaults.
type Facts struct {
	// Traffic holds parsed access logs or an analytics export; nil means the default assumption.
	Traffic *Traffic
	// BuildWorkers is how many pages a build renders in parallel.
	BuildWorkers int
	// BuildSecondsPerPage is the build cost of one page; 0 means the measured render time.
	BuildSecondsPerPage float64
	// BuildOverheadSeconds is the fixed wall time of one build.
	BuildOverheadSeconds float64
	// Incremental is true when a build renders only the changed pages.
	Incremental bool
	// MaxDeploysPerDay caps how many builds can ship per day.
	MaxDeploysPerDay float64
	// FreshnessBudget is how stale any page may be, unless PatternFreshness says otherwise.
	FreshnessBudget time.Duration
	// PatternFreshness sets the freshness budget per route pattern.
	PatternFreshness map[string]time.Duration
	// PatternVisits sets visits per day per route pattern, overriding traffic.
	PatternVisits map[string]float64
	// PricePerComputeSecond converts compute seconds to money when positive.
	PricePerComputeSecond float64
	// Audience overrides the audience model's round trips; zero fields
	// take the defaults.
	Audience Audience
}

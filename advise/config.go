package advise

import (
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"time"

	"gopkg.in/yaml.v3"
)

// Config is the --config file: build facts, freshness budgets, visits and a
// price, in YAML (or JSON). Durations are Go durations such as "10m".
type Config struct {
	// Build holds the build facts; zero values mean the documented defaults.
	Build BuildConfig `yaml:"build"`
	// Freshness is the default freshness budget for every pattern.
	Freshness string `yaml:"freshness"`
	// PricePerComputeSecond converts compute seconds to money.
	PricePerComputeSecond float64 `yaml:"price_per_compute_second"`
	// Patterns overrides freshness and visits per route pattern.
	Patterns map[string]PatternConfig `yaml:"patterns"`
}

// BuildConfig describes how the site is built.
type BuildConfig struct {
	// Workers is how many pages render in parallel during a build.
	Workers int `yaml:"workers"`
	// SecondsPerPage is the build cost of one page (0: the measured render time).
	SecondsPerPage float64 `yaml:"seconds_per_page"`
	// OverheadSeconds is the fixed wall time of one build.
	OverheadSeconds float64 `yaml:"overhead_seconds"`
	// Incremental is true when a build renders only changed pages.
	Incremental bool `yaml:"incremental"`
	// MaxDeploysPerDay caps how many builds can ship per day.
	MaxDeploysPerDay float64 `yaml:"max_deploys_per_day"`
}

// PatternConfig overrides the freshness budget and visits of one route pattern.
type PatternConfig struct {
	// Freshness is the pattern's freshness budget, e.g. "5m".
	Freshness string `yaml:"freshness"`
	// VisitsPerDay is the pattern's page views per day.
	VisitsPerDay *float64 `yaml:"visits_per_day"`
}

// ParseConfig reads a config file into Facts (Traffic stays nil). Unknown
// keys, negative numbers and bad durations are errors.
func ParseConfig(r io.Reader) (Facts, error) {
	var c Config
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return Facts{}, fmt.Errorf("parse config: %w", err)
	}
	return c.Facts()
}

// Facts converts a Config into model facts, validating every value.
func (c Config) Facts() (Facts, error) {
	b := c.Build
	f := Facts{BuildWorkers: b.Workers, BuildSecondsPerPage: b.SecondsPerPage, BuildOverheadSeconds: b.OverheadSeconds,
		Incremental: b.Incremental, MaxDeploysPerDay: b.MaxDeploysPerDay, PricePerComputeSecond: c.PricePerComputeSecond}
	if err := checkNumbers(f); err != nil {
		return Facts{}, err
	}
	var err error
	if f.FreshnessBudget, err = parseBudget("freshness", c.Freshness); err != nil {
		return Facts{}, err
	}
	return f, c.patterns(&f)
}

func (c Config) patterns(f *Facts) error {
	keys := make([]string, 0, len(c.Patterns))
	for k := range c.Patterns {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := addPattern(f, k, c.Patterns[k]); err != nil {
			return err
		}
	}
	return nil
}

func addPattern(f *Facts, pattern string, pc PatternConfig) error {
	d, err := parseBudget("patterns."+pattern+".freshness", pc.Freshness)
	if err != nil {
		return err
	}
	if d > 0 {
		if f.PatternFreshness == nil {
			f.PatternFreshness = map[string]time.Duration{}
		}
		f.PatternFreshness[pattern] = d
	}
	if v := pc.VisitsPerDay; v != nil {
		if sane(*v) != *v {
			return fmt.Errorf("config patterns.%s.visits_per_day: %v must be a non-negative number", pattern, *v)
		}
		if f.PatternVisits == nil {
			f.PatternVisits = map[string]float64{}
		}
		f.PatternVisits[pattern] = *v
	}
	return nil
}

func parseBudget(field, s string) (time.Duration, error) {
	if s == "" {
		return 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("config %s: %q is not a positive duration such as \"10m\"", field, s)
	}
	return d, nil
}

func checkNumbers(f Facts) error {
	for _, n := range []struct {
		name string
		v    float64
	}{{"build.workers", float64(f.BuildWorkers)}, {"build.seconds_per_page", f.BuildSecondsPerPage},
		{"build.overhead_seconds", f.BuildOverheadSeconds}, {"build.max_deploys_per_day", f.MaxDeploysPerDay},
		{"price_per_compute_second", f.PricePerComputeSecond}} {
		if n.v < 0 || math.IsNaN(n.v) || math.IsInf(n.v, 0) {
			return fmt.Errorf("config %s: %v must be a non-negative number", n.name, n.v)
		}
	}
	return nil
}

package config

import "time"

// Settings is every setting of rendermap in one place, filled in one order:
// the defaults of the settings table, then rendermap.yaml (Apply), then the
// flags the user gave (Bind). Each stage takes its options from methods of
// Settings (Crawl, Measure, Facts), so a setting added to the table works
// in every command that binds its group.
type Settings struct {
	// Discover: finding URLs and grouping them into route patterns.
	Chrome, Browser                  string
	Concurrency                      int
	Timeout, PageTimeout             time.Duration
	RequestTimeout                   time.Duration
	MaxURLs, MaxDepth                int
	MaxLinksPerPage, MaxPerPattern   int
	RenderPerPattern, URLsPerPattern int
	MaxRedirects                     int
	MaxSitemapBytes                  int64
	Routes, Sitemaps                 []string
	Include, Exclude, AllowOrigins   []string
	URLs                             string
	IgnoreRobots                     bool
	UserAgent                        string
	Seed                             int64
	Quiet                            bool
	ConfigFile                       string

	// Measure: fetching and rendering the sampled URLs.
	Samples      int
	Recheck      Recheck
	MaxBodyBytes int64
	Cookies      []string
	CookieFile   string
	Headers      []string

	// Model: the cost model's facts.
	Traffic               string
	Freshness             time.Duration
	BuildWorkers          int
	BuildSecondsPerPage   float64
	BuildOverhead         float64
	Incremental           bool
	MaxDeploysPerDay      float64
	PricePerComputeSecond float64
	NearMS, FarMS, EdgeMS float64

	// Run: what one audit run does besides measuring, and its outputs.
	RoutesFile, Shard string
	Resume, Baseline  string
	Retries           int
	Out               string
	Emit              []string
	NoColor           bool

	// File is the rendermap.yaml applied, or nil: its routes, assertions
	// and auth sections are read from here.
	File *File
}

// Default returns the settings before any file or flag: every setting at
// its table default.
func Default() Settings {
	var s Settings
	for _, d := range table {
		d.setDefault(&s)
	}
	return s
}

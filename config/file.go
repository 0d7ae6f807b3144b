package config

// File is rendermap.yaml.
type File struct {
	// Site is the URL to audit.
	Site string `yaml:"site"`
	// Crawl holds discovery and measurement limits.
	Crawl Crawl `yaml:"crawl"`
	// Auth holds credentials for an authenticated session (never values).
	Auth Auth `yaml:"auth"`
	// Model holds the cost model's facts.
	Model Model `yaml:"model"`
	// Routes holds facts per route pattern.
	Routes map[string]RouteFacts `yaml:"routes"`
	// Assertions are checked against the audit; a failed error-level one fails the run.
	Assertions []Assertion `yaml:"assertions"`

	// lines maps a dotted key path ("crawl.max_urls") to its line.
	lines map[string]int
}

// Crawl holds discovery and measurement limits; zero values mean the defaults.
type Crawl struct {
	MaxURLs        int      `yaml:"max_urls"`
	MaxDepth       int      `yaml:"max_depth"`
	URLsPerPattern int      `yaml:"urls_per_pattern"`
	Samples        int      `yaml:"samples"`
	Concurrency    int      `yaml:"concurrency"`
	Recheck        Duration `yaml:"recheck"`
	Timeout        Duration `yaml:"timeout"`
	Include        []string `yaml:"include"`
	Exclude        []string `yaml:"exclude"`
	AllowOrigins   []string `yaml:"allow_origins"`
	Routes         []string `yaml:"routes"`
	Sitemaps       []string `yaml:"sitemaps"`
	UserAgent      string   `yaml:"user_agent"`
	IgnoreRobots   bool     `yaml:"ignore_robots"`
}

// Auth names where credentials come from; it never holds a secret.
type Auth struct {
	// CookieFile is a Netscape cookies.txt or JSON cookie file path.
	CookieFile string `yaml:"cookie_file"`
	// Headers maps a header name to the environment variable holding its value.
	Headers map[string]string `yaml:"headers"`
}

// Model holds site-wide cost model facts.
type Model struct {
	// Freshness is how stale any page may be.
	Freshness Duration `yaml:"freshness"`
	// Traffic is an access log or CSV path,views file.
	Traffic string `yaml:"traffic"`
	// Build describes the site's static build.
	Build Build `yaml:"build"`
	// PricePerComputeSecond converts compute seconds to money.
	PricePerComputeSecond float64 `yaml:"price_per_compute_second"`
	// Audience is the audience model's round trips, in milliseconds.
	Audience Audience `yaml:"audience"`
}

// Audience is who visits: round trips from a visitor near the origin, from
// one an ocean away, and to the nearest CDN edge, in milliseconds.
type Audience struct {
	NearMS float64 `yaml:"near_ms"`
	FarMS  float64 `yaml:"far_ms"`
	EdgeMS float64 `yaml:"edge_ms"`
}

// Build describes the site's static build.
type Build struct {
	Workers          int     `yaml:"workers"`
	SecondsPerPage   float64 `yaml:"seconds_per_page"`
	OverheadSeconds  float64 `yaml:"overhead_seconds"`
	Incremental      bool    `yaml:"incremental"`
	MaxDeploysPerDay float64 `yaml:"max_deploys_per_day"`
}

// RouteFacts are the facts given for one route pattern.
type RouteFacts struct {
	Freshness    Duration `yaml:"freshness"`
	VisitsPerDay float64  `yaml:"visits_per_day"`
}

// Assertion is one check of the audit, e.g. "ttfb_p95_ms <= 800".
type Assertion struct {
	// Pattern is "*" (every route, the default) or a route pattern.
	Pattern string `yaml:"pattern"`
	// Assert is the expression; see docs/config.md.
	Assert string `yaml:"assert"`
	// Level is "error" (the default) or "warn".
	Level string `yaml:"level"`
	// Line is where the assertion starts in the file.
	Line int `yaml:"-"`
}

// Line returns the line of a dotted key path such as "crawl.max_urls", or 0.
func (f *File) Line(path string) int {
	return f.lines[path]
}

package rendermap

import (
	"math"
	"time"
)

// SchemaVersion names the audit.json format written by this version.
const SchemaVersion = "rendermap.audit/v1"

// Audit is the whole result of one audit and the contract between stages.
// It is written to audit.json; routes are sorted by pattern.
type Audit struct {
	// Schema is always SchemaVersion.
	Schema string `json:"schema"`
	// Tool names the program and version that wrote the audit.
	Tool Tool `json:"tool"`
	// Site describes the audited origin.
	Site Site `json:"site"`
	// Settings are the options the audit ran with (never secrets).
	Settings Settings `json:"settings"`
	// StartedAt and FinishedAt are RFC 3339 UTC timestamps.
	StartedAt  string `json:"started_at"`
	FinishedAt string `json:"finished_at"`
	// Complete is false when the audit stopped early (timeout, interrupt).
	Complete bool `json:"complete"`
	// IncompleteReason says why Complete is false.
	IncompleteReason string `json:"incomplete_reason,omitempty"`
	// Shard says which part of a sharded audit this is (nil when whole).
	Shard *ShardInfo `json:"shard,omitempty"`
	// Routes holds one entry per route pattern, sorted by Pattern.
	Routes []Route `json:"routes"`
	// Model holds site-wide model figures and assumptions (filled by advise).
	Model *ModelSummary `json:"model,omitempty"`
	// Checks holds assertion outcomes, when a config file set assertions.
	Checks []Check `json:"checks,omitempty"`
	// Warnings lists problems that did not stop the audit.
	Warnings []Warning `json:"warnings"`
	// Timing says where the audit's wall time went.
	Timing *Timing `json:"timing,omitempty"`
	// NotAudited lists, by pattern, URLs discovery found but kept out of
	// the audit (robots.txt, --include/--exclude, limits, errors).
	NotAudited []Unaudited `json:"not_audited,omitempty"`
}

// Tool identifies the writer of an audit.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Site describes the audited origin and where URLs came from.
type Site struct {
	// Origin is scheme://host[:port] of the audited site.
	Origin string `json:"origin"`
	// RobotsTxt reports whether a robots.txt was found and read.
	RobotsTxt bool `json:"robots_txt"`
	// Sitemaps lists the sitemap URLs read.
	Sitemaps []string `json:"sitemaps,omitempty"`
	// URLsDiscovered counts distinct normalized URLs found.
	URLsDiscovered int `json:"urls_discovered"`
	// Truncated is true when discovery stopped at a limit.
	Truncated bool `json:"truncated,omitempty"`
	// CrawlDelaySeconds is robots.txt's Crawl-delay for our user agent (capped
	// at 10 s); measuring spaces its requests by it too.
	CrawlDelaySeconds float64 `json:"crawl_delay_seconds,omitempty"`
	// Framework is the web framework the pages were built with, when
	// recognized from headers and markup (filled by measure).
	Framework *Detection `json:"framework,omitempty"`
	// Platform is the serving layer in front of the origin (a CDN or host
	// such as Vercel, Netlify, Cloudflare), or the origin server itself when
	// no edge was seen (filled by measure).
	Platform *Detection `json:"platform,omitempty"`
}

// Detection is a framework or platform recognized from responses.
type Detection struct {
	// ID is a stable identifier such as "next-app", "nuxt", "vercel" or "origin".
	ID string `json:"id"`
	// Name is the display name, e.g. "Next.js (App Router)".
	Name string `json:"name"`
	// Routes counts the measured route patterns that showed it.
	Routes int `json:"routes"`
	// Evidence lists the signals seen, e.g. "x-powered-by: Next.js".
	Evidence []string `json:"evidence"`
	// Others lists other frameworks or platforms seen on fewer routes.
	Others []string `json:"others,omitempty"`
}

// Settings records the options that shaped an audit.
type Settings struct {
	Samples        int    `json:"samples"`
	URLsPerPattern int    `json:"urls_per_pattern"`
	Seed           int64  `json:"seed"`
	Concurrency    int    `json:"concurrency"`
	RecheckSeconds int    `json:"recheck_seconds"`
	MaxURLs        int    `json:"max_urls"`
	UserAgent      string `json:"user_agent"`
	// IgnoreRobots records --ignore-robots: robots.txt was not read.
	IgnoreRobots bool `json:"ignore_robots,omitempty"`
}

// Warning is a problem that did not stop the audit, such as a broken sitemap.
type Warning struct {
	// Source names the stage or input ("sitemap", "robots", "measure").
	Source string `json:"source"`
	// URL is the input the warning is about, when there is one.
	URL string `json:"url,omitempty"`
	// Message is one sentence a person understands.
	Message string `json:"message"`
}

// Timing is where an audit's wall time went, in seconds. Measuring runs
// fetch, then render while the re-fetches run beside it, then waits for the
// last re-fetches (recheck): fetch + render + recheck is the measuring time.
type Timing struct {
	Discover float64 `json:"discover_seconds"`
	Fetch    float64 `json:"fetch_seconds"`
	Render   float64 `json:"render_seconds"`
	Recheck  float64 `json:"recheck_seconds"`
	Advise   float64 `json:"advise_seconds"`
	Report   float64 `json:"report_seconds"`
	Wall     float64 `json:"wall_seconds"`
}

// Timings returns a's timing record, made when missing, for a stage to
// add its phases to.
func (a *Audit) Timings() *Timing {
	if a.Timing == nil {
		a.Timing = &Timing{}
	}
	return a.Timing
}

// Seconds rounds a duration to hundredths of a second, as [Timing] has it.
func Seconds(d time.Duration) float64 { return math.Round(d.Seconds()*100) / 100 }

package advise

// Documented defaults, used when neither evidence nor facts give a value.
// docs/model.md explains each one.
const (
	// DefaultFreshnessSeconds is how stale a page may be: one hour.
	DefaultFreshnessSeconds = 3600.0
	// DefaultVisitsPerPage is the assumed views per page per day without traffic data.
	DefaultVisitsPerPage = 10.0
	// DefaultVisitsPerURL is the assumed views per distinct URL of an open URL space.
	DefaultVisitsPerURL = 1.0
	// DefaultChangesPerDay is the assumed changes per page per day when nothing was measured.
	DefaultChangesPerDay = 1.0
	// DefaultBuildWorkers is the assumed build parallelism.
	DefaultBuildWorkers = 4.0
	// DefaultBuildOverheadSeconds is the assumed fixed cost of one build (install, bundle, upload).
	DefaultBuildOverheadSeconds = 60.0
	// DefaultMaxDeploysPerDay is the assumed deploy ceiling: one per hour.
	DefaultMaxDeploysPerDay = 24.0
	// DefaultNetworkMS is the assumed round trip when TTFB could not be split.
	DefaultNetworkMS = 20.0
	// DefaultRenderSeconds is the assumed render time when no sample succeeded.
	DefaultRenderSeconds = 0.1
)

// Decision thresholds.
const (
	// MaterialSeconds is the smallest saving, in compute seconds per day, worth a change.
	MaterialSeconds = 60.0
	// MaterialFraction is the smallest relative saving worth a change.
	MaterialFraction = 0.10
	// IslandMaxFraction is the largest personalized share of a page still served as a client island.
	IslandMaxFraction = 0.2
	// ClientRenderedFraction is the script-only share above which content counts as client-rendered.
	ClientRenderedFraction = 0.5
)

const day = 86400.0

// The audience model's round trips, in milliseconds (docs/model.md gives
// their sources).
const (
	// DefaultNearRTTMS is a visitor in the origin's region.
	DefaultNearRTTMS = 20.0
	// DefaultFarRTTMS is a visitor an ocean away from the origin.
	DefaultFarRTTMS = 150.0
	// DefaultEdgeRTTMS is any visitor to the nearest CDN edge location.
	DefaultEdgeRTTMS = 20.0
)

// MaterialDeployShare is the share of the deploy ceiling above which the
// builds static needs count as a material cost.
const MaterialDeployShare = 0.5

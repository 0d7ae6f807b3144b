package rendermap

// Evidence is what measurement found for one route pattern. It is embedded
// in Route, so its fields appear at the route's top level in audit.json.
type Evidence struct {
	// URLsSampled is the number of sampled URLs measured successfully.
	URLsSampled int `json:"urls_sampled"`
	// TTFB is time to first byte from request start, connection included.
	TTFB Stats `json:"ttfb_ms"`
	// Server is the origin's own time: request written to first byte minus
	// one network round trip (the TCP connect of the same request).
	Server Stats `json:"server_ms"`
	// Network is one round trip to the site (the TCP connect), the part of
	// TTFB that no origin change removes.
	Network *Stats `json:"network_ms,omitempty"`
	// Cache is the pattern's document cacheability verdict.
	Cache Cache `json:"cache"`
	// CDN describes cache-status behaviour seen at an edge, if any.
	CDN CDN `json:"cdn"`
	// Personalized says whether the page differs between visitors.
	Personalized Personalization `json:"personalized"`
	// Volatility says how often content changes.
	Volatility Volatility `json:"volatility"`
	// ClientRender says how much content exists only after scripts run.
	ClientRender ClientRender `json:"client_render"`
	// Current is how the route appears to be served today.
	Current Current `json:"current"`
	// Pages holds the per-URL measurements, sorted by URL.
	Pages []PageResult `json:"pages_measured"`
	// Browser summarizes the browser's own timing of the rendered loads.
	Browser *BrowserTiming `json:"browser_timing,omitempty"`
	// Framework and Platform are the ids of the framework and serving layer
	// recognized on most of the pattern's pages (see Site.Framework).
	Framework string `json:"framework,omitempty"`
	Platform  string `json:"platform,omitempty"`
}

// BrowserTiming summarizes Navigation Timing and paint metrics over the
// rendered loads of a pattern's sampled URLs.
type BrowserTiming struct {
	TTFB Stats `json:"ttfb_ms"`
	FCP  Stats `json:"fcp_ms"`
	LCP  Stats `json:"lcp_ms"`
}

// Stats summarizes a set of millisecond samples.
type Stats struct {
	N   int     `json:"n"`
	P50 float64 `json:"p50"`
	P95 float64 `json:"p95"`
	Min float64 `json:"min"`
	Max float64 `json:"max"`
	// CI95 is a bootstrap 95% interval for the median: [low, high].
	CI95 []float64 `json:"ci95,omitempty"`
	// Samples holds the raw values, for significance tests between audits.
	Samples []float64 `json:"samples,omitempty"`
}

// Note is one finding with a severity and a one-sentence reason.
type Note struct {
	// Severity is "info", "warn" or "error".
	Severity string `json:"severity"`
	// Code is a stable identifier such as "set-cookie-on-html".
	Code string `json:"code"`
	// Message is one sentence a person understands.
	Message string `json:"message"`
}

// Cache is a document cacheability verdict (RFC 9111, shared-cache view).
type Cache struct {
	// Verdict is "shared" (storable by a CDN), "private" (browser only) or "none".
	Verdict string `json:"verdict"`
	// StorableShared and StorablePrivate are the two RFC 9111 views.
	StorableShared  bool `json:"storable_shared"`
	StorablePrivate bool `json:"storable_private"`
	// FreshnessSeconds is the freshness lifetime for a shared cache.
	FreshnessSeconds int64 `json:"freshness_seconds"`
	// FreshnessSource is "s-maxage", "max-age", "expires", "heuristic" or "none".
	FreshnessSource string `json:"freshness_source"`
	// StaleWhileRevalidateSeconds is from stale-while-revalidate, when given.
	StaleWhileRevalidateSeconds int64 `json:"stale_while_revalidate_seconds"`
	// CacheControl is the raw Cache-Control header seen.
	CacheControl string `json:"cache_control"`
	// Vary is the raw Vary header seen.
	Vary string `json:"vary,omitempty"`
	// SetCookie is true when the document set a cookie.
	SetCookie bool `json:"set_cookie"`
	// Validators says whether a conditional re-request returned 304.
	Validators string `json:"validators,omitempty"`
	// Notes lists the findings, most severe first.
	Notes []Note `json:"notes"`
}

// CDN describes edge cache behaviour.
type CDN struct {
	// Provider names the CDN recognized from headers, or "".
	Provider string `json:"provider,omitempty"`
	// Statuses counts normalized cache statuses (HIT, MISS, ...).
	Statuses map[string]int `json:"statuses,omitempty"`
	// EdgeTTFB and OriginTTFB split TTFB by hit and miss.
	EdgeTTFB   *Stats `json:"edge_ttfb_ms,omitempty"`
	OriginTTFB *Stats `json:"origin_ttfb_ms,omitempty"`
}

// Personalization says whether a page differs between visitors.
type Personalization struct {
	// Personalized is the verdict.
	Personalized bool `json:"personalized"`
	// DiffFraction is the fraction of visible text that differs between sessions.
	DiffFraction float64 `json:"diff_fraction"`
	// Where lists selectors or headings of the differing blocks.
	Where []string `json:"where,omitempty"`
	// Excerpt is a short, text-only excerpt of a differing block.
	Excerpt string `json:"excerpt,omitempty"`
	// Signals lists supporting header and cookie evidence.
	Signals []string `json:"signals,omitempty"`
	// Compared counts the pages whose sessions were compared; Redone counts
	// comparisons repeated because a load failed, came back blank or an
	// error, or lost its session. Unmeasured is true when no comparison held.
	Compared   int  `json:"compared,omitempty"`
	Redone     int  `json:"redone,omitempty"`
	Unmeasured bool `json:"unmeasured,omitempty"`
}

// Volatility says how often a pattern's content changes.
type Volatility struct {
	// ChangedOnRecheck counts sampled pages whose content changed on re-fetch.
	ChangedOnRecheck int `json:"changed_on_recheck"`
	// Rechecked counts sampled pages that were re-fetched.
	Rechecked int `json:"rechecked"`
	// ChangesPerDay is the estimated change rate per page.
	ChangesPerDay float64 `json:"changes_per_day"`
	// ChangesPerDayCI is an interval for ChangesPerDay: [low, high].
	ChangesPerDayCI []float64 `json:"changes_per_day_ci,omitempty"`
	// Source says where the estimate came from: "recheck", "lastmod", "last-modified" or "none".
	Source string `json:"source"`
	// Estimates lists every change-rate estimate that could be made, one per source.
	Estimates []ChangeEstimate `json:"estimates,omitempty"`
	// UpperBound is true when no change was seen by any source: ChangesPerDay
	// is then the 95% upper bound ("fewer than N changes per day"), never 0.
	UpperBound bool `json:"upper_bound,omitempty"`
	// Sources lists the sources combined into ChangesPerDay.
	Sources []string `json:"sources,omitempty"`
	// Subject is what was compared: "html" (visible text of the document) or
	// "data" (the JSON of a client-rendered page's data requests).
	Subject string `json:"subject,omitempty"`
	// WindowSeconds is the longest time over which one page was re-fetched.
	WindowSeconds float64 `json:"window_seconds,omitempty"`
	// Observations counts the re-fetches compared with the one before.
	Observations int `json:"observations,omitempty"`
	// Clock is "shared" when the pattern's pages changed at the same
	// instants (one clock or one publish for all), "independent" when they
	// did not, and empty when too few changes were seen to tell.
	Clock string `json:"clock,omitempty"`
	// TokenChurnPages counts pages whose HTML changed between fetches only
	// in tokens and timestamps (nonces, CSRF tokens, build ids, render
	// times): such churn makes caches regenerate and write for nothing.
	TokenChurnPages int `json:"token_churn_pages,omitempty"`
	// Conflict says why a source was left out of the combined estimate.
	Conflict string `json:"conflict,omitempty"`
}

// ChangeEstimate is one change-rate estimate under a Poisson change model.
type ChangeEstimate struct {
	// Source is "recheck", "lastmod" or "last-modified".
	Source string `json:"source"`
	// N is the number of observations (pages) behind the estimate.
	N int `json:"n"`
	// ChangesPerDay is the maximum-likelihood estimate per page.
	ChangesPerDay float64 `json:"changes_per_day"`
	// CI95 is a 95% interval for ChangesPerDay: [low, high].
	CI95 []float64 `json:"ci95,omitempty"`
	// UpperBound is true when the source saw no change: ChangesPerDay is the
	// 95% upper bound.
	UpperBound bool `json:"upper_bound,omitempty"`
}

// ClientRender says how much content exists only after scripts run.
type ClientRender struct {
	// ScriptOnlyFraction is the fraction of rendered text absent from the raw HTML.
	ScriptOnlyFraction float64 `json:"script_only_fraction"`
	// EmptyMounts lists framework mount nodes that were empty in the raw HTML.
	EmptyMounts []string `json:"empty_mounts,omitempty"`
	// DataRequests lists JSON/XHR/fetch requests made while loading, without
	// navigation prefetches.
	DataRequests []DataRequest `json:"data_requests,omitempty"`
	// NavigationRequests counts the requests left out of DataRequests because
	// they prefetch other pages (Next.js RSC, Nuxt payloads, SvelteKit
	// __data.json, Gatsby page-data, Remix data loaders).
	NavigationRequests int `json:"navigation_requests,omitempty"`
}

// DataRequest is one XHR or fetch request made by a page while loading.
type DataRequest struct {
	URL        string  `json:"url"`
	Status     int     `json:"status"`
	DurationMS float64 `json:"duration_ms"`
	// ServerMS is the server time of a plain re-fetch of the request (GET
	// on the audited origin only), network round trip excluded.
	ServerMS float64 `json:"server_ms,omitempty"`
	// Private is true when a re-fetch was answered per visitor
	// (Cache-Control private, Vary: Cookie or Set-Cookie): the data cannot
	// be rendered into a page that everyone shares.
	Private bool `json:"private,omitempty"`
	// Kind is "data" for content the page shows, "navigation" for a
	// prefetch of another page; browsers fill it, measure keeps only data.
	Kind string `json:"-"`
	// Method is the HTTP method; only GET requests are re-fetched.
	Method string `json:"-"`
}

// Current is the inferred way a route is served today.
type Current struct {
	Strategy          Strategy `json:"strategy"`
	RevalidateSeconds int64    `json:"revalidate_seconds,omitempty"`
	Evidence          []string `json:"evidence"`
}

// PageResult is the measurement of one sampled URL.
type PageResult struct {
	URL    string `json:"url"`
	Status int    `json:"status"`
	// Error is the reason the URL failed, when it did; a failed URL is data.
	Error string `json:"error,omitempty"`
	// Interrupted is set when stopping the audit (Ctrl-C, --timeout) cut the
	// URL's measurement short: its error, missing samples or missing render
	// come from the stop, and a resumed audit measures it again.
	Interrupted bool `json:"interrupted,omitempty"`
	// TTFBMS, ServerMS and RTTMS are the raw samples (warm-up excluded).
	TTFBMS   []float64 `json:"ttfb_ms,omitempty"`
	ServerMS []float64 `json:"server_ms,omitempty"`
	RTTMS    []float64 `json:"rtt_ms,omitempty"`
	// Headers holds the document's response headers (secrets redacted).
	Headers map[string]string `json:"headers,omitempty"`
	// Title is the rendered document title (site content: escape when shown).
	Title string `json:"title,omitempty"`
	// FCPMS and LCPMS are the browser's paint metrics.
	FCPMS float64 `json:"fcp_ms,omitempty"`
	LCPMS float64 `json:"lcp_ms,omitempty"`
	// Personalized, DiffFraction: this page's personalization result.
	Personalized bool    `json:"personalized"`
	DiffFraction float64 `json:"diff_fraction"`
	// ScriptOnlyFraction is this page's client-render fraction.
	ScriptOnlyFraction float64 `json:"script_only_fraction"`
	// Changed is true when a re-fetch found different content.
	Changed bool `json:"changed"`
	// Changes counts the re-fetches whose content differed from the one
	// before; Observations counts the re-fetches compared.
	Changes      int `json:"changes,omitempty"`
	Observations int `json:"observations,omitempty"`
	// TokenChurn is true when the HTML changed only in tokens and timestamps.
	TokenChurn bool `json:"token_churn,omitempty"`
	// CacheStatus lists the normalized CDN cache status of each fetch, in order.
	CacheStatus []string `json:"cache_status,omitempty"`
	// Validators says how a conditional re-request was answered.
	Validators string `json:"validators,omitempty"`
	// Timing is the browser's Navigation Timing of the first rendered load.
	Timing *PageTiming `json:"timing,omitempty"`
}

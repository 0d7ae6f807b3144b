// Package measure is rendermap's measure stage: it turns the sampled URLs of
// each route pattern into evidence about how the route is served today.
//
// In: a [rendermap.Audit] whose routes carry discovery fields (Pattern,
// Pages, Sample) and [Options] (samples, concurrency, recheck interval, an
// optional [rendermap.Browser] and an optional signed-in session).
// Out: each route's [rendermap.Evidence] and URLsSampled, filled in place.
//
// Per sampled URL, [Measure] does, with bounded concurrency:
//
//  1. Plain HTTP: a warm-up GET (its timing is discarded; its headers and
//     capped body are kept), then Options.Samples GETs on fresh connections
//     timed with net/http/httptrace: ttfb_ms is request start to first byte
//     (DNS, connect and TLS included), server_ms is request written to first
//     byte. A conditional re-request (If-None-Match, else If-Modified-Since)
//     records whether validators work (304).
//  2. Browser (when Options.Browser is set): the URL is loaded in two
//     anonymous sessions A and B (each worker reuses its pair) and, for the
//     first URL of each pattern, with another Accept-Language and, when
//     credentials are given, signed in. When any load differs from A, A is
//     loaded again (A2) last: blocks that differ between A and A2 changed
//     over a window covering every other load, so they are volatility and
//     excluded. The A-vs-B difference of the rest, as a fraction of visible
//     text, is the personalization fraction. A page is personalized when that
//     fraction is at least [PersonalizedThreshold] (5%), or when any block
//     differs and the first visit set a cookie or sent Vary: Cookie. Text is
//     normalized first (whitespace, UUIDs, long hex and mixed letter-digit
//     tokens such as nonces, CSRF tokens and build ids). The rendered text
//     (without per-session and volatile blocks) is compared word by word with
//     the raw HTML text (script, style, template and noscript ignored) for
//     the script-only fraction; the page's XHR/fetch requests, Navigation
//     Timing, FCP and LCP are recorded.
//  3. Recheck: Options.Recheck after its first fetch, the URL is fetched again
//     and its normalized visible text compared. The wait is spent rendering.
//
// Per pattern, samples are summarized with p50 (empirical), p95
// (interpolated), min, max and a seeded bootstrap 95% interval of the median.
// Cacheability is [ExplainCache] of the first URL's response (RFC 9111 shared
// view, plus Set-Cookie as a practical blocker; CDN-targeted fields per
// RFC 9213 override Cache-Control for the shared view). CDN statuses are
// normalized by [NormalizeCacheStatus]. Change rates are Poisson estimates
// ([RateFromRechecks], [RateFromAges]) from the recheck, sitemap lastmod and
// Last-Modified, each labelled with its source.
//
// The current strategy ([InferCurrent]) follows these rules, first match wins:
//
//   - client: at least 50% of the rendered text exists only after scripts
//     run, the raw HTML has an empty mount node (#__next, #__nuxt, #app,
//     #root, #svelte) and the page makes data requests;
//   - ssr: no shared cache may store the document (private, no-store,
//     Set-Cookie, Vary: *, or an uncacheable status);
//   - static: shared-cacheable with a lifetime of 30 days or more, or with
//     only a heuristic lifetime (a plain file server);
//   - isr: shared-cacheable with a finite lifetime (s-maxage, max-age or
//     Expires, usually with stale-while-revalidate or x-nextjs-cache), with
//     that lifetime as the interval;
//   - static: shared-cacheable without lifetime but served as CDN hits;
//   - ssr: otherwise (every request revalidated at the origin).
//
// A URL that fails (timeout, non-HTML, error status) is kept with its reason
// in PageResult.Error and the audit goes on. Secrets (cookie values,
// Authorization) never reach the audit: Set-Cookie is reduced to cookie names.
package measure

// Package measure is rendermap's measure stage: it turns the sampled URLs of
// each route pattern into evidence about how the route is served today.
// docs/measurement.md explains every estimate and its interval.
//
// In: a [rendermap.Audit] whose routes carry their [rendermap.Discovery]
// (Pattern, Pages, Sample) and [Options] (samples, concurrency, the re-fetch window,
// an optional [rendermap.Browser] and an optional signed-in session).
// Out: each route's [rendermap.Evidence] (URLsSampled included), site.framework
// and site.platform, and audit.timing's fetch, render and recheck seconds,
// filled in place.
//
// Per sampled URL, [Measure] does, with bounded concurrency:
//
//  1. Plain HTTP: a warm-up GET (its timing is discarded; its headers and
//     capped body are kept), then Options.Samples GETs on fresh connections
//     timed with net/http/httptrace: ttfb_ms is request start to first byte,
//     network_ms one round trip (the TCP connect) and server_ms request
//     written to first byte minus that round trip. A conditional re-request
//     (If-None-Match, else If-Modified-Since) records whether validators
//     work (304). The framework and the serving platform are recognized from
//     the warm-up's headers and markup ([detectFramework], [detectPlatform]).
//  2. Browser (when Options.Browser is set): the URL is loaded in anonymous
//     session A and, unless A is all it needs ([measurer.singleLoad]: not the
//     pattern's first page, shared-cacheable, no data requests), in session
//     B, unless Options.Earlier holds a load of it that shows what A's
//     shows in another cookie jar ([measurer.earlierB]); for the first URL
//     of each pattern also with another Accept-Language and, when
//     credentials are given, signed in. When any
//     load differs from A, A is loaded again (A2): blocks that differ
//     between A and A2 changed over time and are left out. A comparison with
//     an error or blank load, or where A2 ran in another cookie jar than A,
//     is redone with fresh sessions, never turned into a fraction. The A-vs-B
//     difference, as a fraction of visible text, is the personalization
//     fraction ([PersonalizedThreshold] 5%, or any difference with a session
//     signal). Text is normalized first (whitespace, UUIDs, long hex and
//     mixed tokens, ISO and clock times with seconds, Unix times). The
//     script-only fraction, the data requests (navigation prefetches only
//     counted), Navigation Timing, FCP and LCP are recorded.
//  3. Over time: the URL is re-fetched right away, about 10 s and 30 s after
//     its first fetch while the window lasts, and at the window's end (the
//     window is Options.Recheck or rendering, whichever is longer), replaying
//     its first visit's cookies; a client-rendered page's data requests are
//     re-fetched with it. Each look is compared with the one before.
//
// Per pattern, samples are summarized with p50 (empirical), p95
// (interpolated), min, max and a seeded bootstrap 95% interval of the median.
// Cacheability is [httpcache.Explain] of the first URL's response (RFC 9111 shared
// view, plus Set-Cookie as a practical blocker; CDN-targeted fields per
// RFC 9213 override Cache-Control for the shared view). CDN statuses are
// normalized by [httpcache.NormalizeStatus]. The change rate is one Poisson
// maximum-likelihood estimate ([ChangeData.Estimate]) over the re-fetch gaps,
// sitemap lastmod ages and Last-Modified ages, with a likelihood-ratio 95%
// interval; no change seen is an upper bound, never a measured 0.
//
// The current strategy ([InferCurrent]) follows these rules, first match wins:
//
//   - client: at least 50% of the rendered text exists only after scripts
//     run, filled by data requests;
//   - ssr: an edge cache answered every fetch DYNAMIC or BYPASS;
//   - isr: a cache answered stale at some Age, the interval read from the
//     ages of fresh and stale answers;
//   - static or isr: Next.js served the page from its prerender cache
//     (x-nextjs-cache, x-nextjs-prerender), isr with a finite s-maxage;
//   - ssr: no shared cache may store the document (private, no-store,
//     Set-Cookie, Vary: *, or an uncacheable status);
//   - static: shared-cacheable with a lifetime of 30 days or more, or with
//     only a heuristic lifetime (a plain file server);
//   - isr: shared-cacheable with a finite lifetime, that lifetime as the
//     interval;
//   - static: shared-cacheable without lifetime but served as CDN hits;
//   - ssr: otherwise (every request revalidated at the origin).
//
// A URL that fails (timeout, non-HTML, error status) is kept with its reason
// in PageResult.Error and the audit goes on. Secrets (cookie values,
// Authorization) never reach the audit: Set-Cookie is reduced to cookie names.
package measure

// Package httpcache reads what an HTML document's response headers let
// caches do, by RFC 9111 and by what CDNs really do.
//
// In: a status code and response headers (ParseHeaderBlock reads them from
// `curl -sI` output). Out: Explain gives a rendermap.Cache (whether a
// browser and a shared cache may store the page, for how long, from which
// header, with notes explaining each finding); ParseCacheControl gives the
// directives; NormalizeStatus reads a CDN's cache-status headers (RFC 9211
// Cache-Status, Cloudflare, Vercel, Netlify, Fastly, Akamai, CloudFront,
// Varnish) as HIT, STALE, MISS, BYPASS, DYNAMIC or REVALIDATED.
//
// Nothing here makes a request; measure and the cache command feed it.
package httpcache

package httpcache

import (
	"net/http"
	"strings"
)

// Normalized cache statuses.
const (
	StatusHit         = "HIT"
	StatusStale       = "STALE"
	StatusMiss        = "MISS"
	StatusBypass      = "BYPASS"
	StatusDynamic     = "DYNAMIC"
	StatusRevalidated = "REVALIDATED"
)

// statusWords maps vendor status words to normalized statuses.
var statusWords = map[string]string{
	"HIT": StatusHit, "TCP_HIT": StatusHit, "TCP_MEM_HIT": StatusHit, "PRERENDER": StatusHit,
	"HIT FROM CHILD": StatusHit, "HIT FROM PARENT": StatusHit,
	"STALE": StatusStale, "UPDATING": StatusStale, "HITSTALE": StatusStale,
	"MISS": StatusMiss, "EXPIRED": StatusMiss, "TCP_MISS": StatusMiss,
	"BYPASS": StatusBypass, "NOTCACHEABLE": StatusBypass, "PASS": StatusBypass,
	"DYNAMIC": StatusDynamic, "NONE": StatusDynamic, "UNKNOWN": StatusDynamic,
	"CONSTRUCTED": StatusDynamic, "REDIRECT": StatusDynamic, "ERROR": StatusDynamic,
	"REVALIDATED": StatusRevalidated, "REFRESHHIT": StatusRevalidated, "TCP_REFRESH_HIT": StatusRevalidated,
}

// detector recognizes one provider's cache-status header.
type detector struct {
	provider string
	detect   func(h http.Header) string
}

// detectors are tried in order: edge caches before origin caches.
var detectors = []detector{
	{"cloudflare", headerWord("Cf-Cache-Status")},
	{"vercel", headerWord("X-Vercel-Cache")},
	{"akamai", akamaiStatus},
	{"cloudfront", cloudFrontStatus},
	{"fastly", fastlyStatus},
	{"", cacheStatusField},
	{"varnish", varnishStatus},
	{"nginx", headerWord("X-Cache-Status")},
	{"nginx", headerWord("X-Proxy-Cache")},
	{"nextjs", headerWord("X-Nextjs-Cache")},
}

// NormalizeStatus recognizes the cache-status headers of Cloudflare,
// Vercel, Akamai, CloudFront, Fastly, RFC 9211 Cache-Status (Netlify and
// others), Varnish, nginx and Next.js, and returns the provider and a status
// normalized to HIT, STALE, MISS, BYPASS, DYNAMIC or REVALIDATED. Both are ""
// when no cache-status header is recognized.
func NormalizeStatus(h http.Header) (provider, status string) {
	for _, d := range detectors {
		s := d.detect(h)
		if s == "" {
			continue
		}
		if d.provider == "" {
			return cacheStatusProvider(h), s
		}
		return d.provider, s
	}
	return "", ""
}

func headerWord(name string) func(http.Header) string {
	return func(h http.Header) string { return normalizeWord(h.Get(name)) }
}

func normalizeWord(v string) string {
	return statusWords[strings.ToUpper(strings.TrimSpace(v))]
}

func akamaiStatus(h http.Header) string {
	v := strings.ToUpper(h.Get("Akamai-Cache-Status"))
	if v == "" {
		return ""
	}
	first, _, _ := strings.Cut(v, ",")
	if s := normalizeWord(first); s != "" {
		return s
	}
	word, _, _ := strings.Cut(strings.TrimSpace(first), " ")
	return normalizeWord(word)
}

func cloudFrontStatus(h http.Header) string {
	v := strings.ToLower(h.Get("X-Cache"))
	if !strings.Contains(v, "cloudfront") {
		return ""
	}
	word, _, _ := strings.Cut(strings.TrimSpace(v), " ")
	if s := normalizeWord(word); s != "" {
		return s
	}
	return StatusDynamic
}

// fastlyStatus reads X-Cache ("MISS, HIT" with shielding): any HIT means the
// origin was not contacted.
func fastlyStatus(h http.Header) string {
	v := strings.ToUpper(h.Get("X-Cache"))
	if v == "" || strings.Contains(v, "CLOUDFRONT") {
		return ""
	}
	if !isFastly(h) && strings.Contains(v, "FROM") {
		return akamaiLegacy(v)
	}
	for _, part := range strings.Split(v, ",") {
		if normalizeWord(part) == StatusHit {
			return StatusHit
		}
	}
	first, _, _ := strings.Cut(v, ",")
	return normalizeWord(first)
}

func isFastly(h http.Header) bool {
	return strings.HasPrefix(h.Get("X-Served-By"), "cache-") || h.Get("X-Timer") != "" || h.Get("Fastly-Debug-Digest") != ""
}

// akamaiLegacy reads the legacy "TCP_HIT from a23-..." X-Cache form.
func akamaiLegacy(v string) string {
	word, _, _ := strings.Cut(strings.TrimSpace(v), " ")
	return normalizeWord(word)
}

func varnishStatus(h http.Header) string {
	v := strings.Fields(h.Get("X-Varnish"))
	switch len(v) {
	case 0:
		return ""
	case 1:
		return StatusMiss
	}
	return StatusHit
}

package httpcache

import (
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

func TestNormalizeCacheStatus(t *testing.T) {
	cases := []struct {
		name             string
		h                []string
		provider, status string
	}{
		{"cloudflare hit", []string{"Cf-Cache-Status", "HIT"}, "cloudflare", StatusHit},
		{"cloudflare expired", []string{"Cf-Cache-Status", "EXPIRED"}, "cloudflare", StatusMiss},
		{"cloudflare updating", []string{"Cf-Cache-Status", "UPDATING"}, "cloudflare", StatusStale},
		{"cloudflare dynamic", []string{"Cf-Cache-Status", "dynamic"}, "cloudflare", StatusDynamic},
		{"cloudflare revalidated", []string{"Cf-Cache-Status", "REVALIDATED"}, "cloudflare", StatusRevalidated},
		{"cloudflare bypass", []string{"Cf-Cache-Status", "BYPASS"}, "cloudflare", StatusBypass},
		{"vercel prerender", []string{"X-Vercel-Cache", "PRERENDER"}, "vercel", StatusHit},
		{"vercel stale", []string{"X-Vercel-Cache", "STALE"}, "vercel", StatusStale},
		{"cloudfront hit", []string{"X-Cache", "Hit from cloudfront"}, "cloudfront", StatusHit},
		{"cloudfront refresh", []string{"X-Cache", "RefreshHit from cloudfront"}, "cloudfront", StatusRevalidated},
		{"cloudfront miss", []string{"X-Cache", "Miss from cloudfront"}, "cloudfront", StatusMiss},
		{"cloudfront function", []string{"X-Cache", "FunctionGeneratedResponse from cloudfront"}, "cloudfront", StatusDynamic},
		{"fastly shield hit", []string{"X-Cache", "MISS, HIT", "X-Served-By", "cache-jfk1041-JFK, cache-ord1720-ORD"}, "fastly", StatusHit},
		{"fastly miss", []string{"X-Cache", "MISS, MISS", "X-Served-By", "cache-jfk1041-JFK"}, "fastly", StatusMiss},
		{"akamai child hit", []string{"Akamai-Cache-Status", "Hit from child"}, "akamai", StatusHit},
		{"akamai miss", []string{"Akamai-Cache-Status", "Miss from child, Miss from parent"}, "akamai", StatusMiss},
		{"akamai not cacheable", []string{"Akamai-Cache-Status", "NotCacheable from child"}, "akamai", StatusBypass},
		{"netlify edge hit", []string{"Cache-Status", `"Netlify Edge"; hit`}, "netlify", StatusHit},
		{"netlify swr", []string{"Cache-Status", `"Netlify Edge"; hit; fwd=stale`}, "netlify", StatusStale},
		{"netlify durable hit behind edge miss", []string{"Cache-Status", `"Netlify Durable"; hit, "Netlify Edge"; fwd=miss`}, "netlify", StatusHit},
		{"netlify miss stored", []string{"Cache-Status", `"Netlify Durable"; fwd=uri-miss; stored, "Netlify Edge"; fwd=miss`}, "netlify", StatusMiss},
		{"rfc9211 bypass", []string{"Cache-Status", `ExampleCache; fwd=bypass`}, "examplecache", StatusBypass},
		{"rfc9211 revalidated", []string{"Cache-Status", `"Edge"; fwd=stale; fwd-status=304`}, "edge", StatusRevalidated},
		{"next on netlify", []string{"Cache-Status", `"Next.js"; hit`}, "nextjs", StatusHit},
		{"varnish hit", []string{"X-Varnish", "123 456"}, "varnish", StatusHit},
		{"varnish miss", []string{"X-Varnish", "123"}, "varnish", StatusMiss},
		{"nginx expired", []string{"X-Cache-Status", "EXPIRED"}, "nginx", StatusMiss},
		{"nginx updating", []string{"X-Proxy-Cache", "UPDATING"}, "nginx", StatusStale},
		{"next origin", []string{"X-Nextjs-Cache", "STALE"}, "nextjs", StatusStale},
		{"cdn beats origin", []string{"X-Nextjs-Cache", "MISS", "Cf-Cache-Status", "HIT"}, "cloudflare", StatusHit},
		{"none", []string{"Server", "nginx"}, "", ""},
		{"garbage word", []string{"Cf-Cache-Status", "WHATEVER"}, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p, s := NormalizeStatus(testkit.Header(tc.h...))
			if p != tc.provider || s != tc.status {
				t.Errorf("got %q %q, want %q %q", p, s, tc.provider, tc.status)
			}
		})
	}
}

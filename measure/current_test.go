package measure

import (
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestInferCurrent(t *testing.T) {
	explain := func(kv ...string) rendermap.Evidence {
		return rendermap.Evidence{Cache: httpcache.Explain(200, testkit.Header(kv...), testkit.Now)}
	}
	withCDN := func(ev rendermap.Evidence, status string) rendermap.Evidence {
		ev.CDN = rendermap.CDN{Provider: "netlify", Statuses: map[string]int{status: 3}}
		return ev
	}
	client := explain("Cache-Control", "public, max-age=0, s-maxage=31536000")
	client.ClientRender = rendermap.ClientRender{ScriptOnlyFraction: 0.9, EmptyMounts: []string{"#app"},
		DataRequests: []rendermap.DataRequest{{URL: "http://x/api", Status: 200}}}
	nextjs := NoSignals
	nextjs.NextjsCache = true
	vercelStale := Signals{MaxHitAge: 25, MinStaleAge: 33}
	cloudflare := func(status string) rendermap.Evidence {
		ev := explain("Cache-Control", "public, max-age=3600")
		ev.CDN = rendermap.CDN{Provider: "cloudflare", Statuses: map[string]int{status: 6}}
		return ev
	}
	noRequests := client
	noRequests.ClientRender.DataRequests = nil
	cases := []struct {
		name       string
		ev         rendermap.Evidence
		sig        Signals
		want       rendermap.Strategy
		revalidate int64
	}{
		{"static s-maxage 1y", explain("Cache-Control", "public, max-age=0, s-maxage=31536000", "Etag", `"x"`), NoSignals, rendermap.Static, 0},
		{"isr s-maxage + swr", explain("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700"), nextjs, rendermap.ISR, 300},
		{"isr max-age", explain("Cache-Control", "public, max-age=3600"), NoSignals, rendermap.ISR, 3600},
		{"ssr private", explain("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate"), NoSignals, rendermap.SSR, 0},
		{"ssr set-cookie", explain("Cache-Control", "public, max-age=600", "Set-Cookie", "sid=1"), NoSignals, rendermap.SSR, 0},
		{"plain file server", explain("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT", "Date", "Tue, 24 Nov 2026 12:00:00 GMT"), NoSignals, rendermap.Static, 0},
		{"revalidated at origin", explain("Cache-Control", "public, max-age=0, must-revalidate"), NoSignals, rendermap.SSR, 0},
		{"revalidated but CDN hits", withCDN(explain("Cache-Control", "public, max-age=0, must-revalidate"), httpcache.StatusHit), NoSignals, rendermap.Static, 0},
		{"vercel ages reveal isr 30 s", withCDN(explain("Cache-Control", "public, max-age=0, must-revalidate"), httpcache.StatusHit), vercelStale, rendermap.ISR, 30},
		{"cloudflare DYNAMIC overrides max-age", cloudflare(httpcache.StatusDynamic), NoSignals, rendermap.SSR, 0},
		{"cloudflare HIT keeps max-age", cloudflare(httpcache.StatusHit), NoSignals, rendermap.ISR, 3600},
		{"next prerender cache behind a private proxy", explain("Cache-Control", "private, no-store"), nextjs, rendermap.Static, 0},
		{"client shell", client, NoSignals, rendermap.Client, 0},
		{"empty mount without data requests", noRequests, NoSignals, rendermap.Static, 0},
		{"unknown", rendermap.Evidence{Cache: rendermap.Cache{Verdict: "unknown"}}, NoSignals, "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := InferCurrent(tc.ev, tc.sig)
			if c.Strategy != tc.want || c.RevalidateSeconds != tc.revalidate || c.Evidence == nil {
				t.Errorf("InferCurrent = %s %d %q, want %s %d", c.Strategy, c.RevalidateSeconds, c.Evidence, tc.want, tc.revalidate)
			}
		})
	}
}

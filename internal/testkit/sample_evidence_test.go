package testkit_test

import (
	"fmt"

	"github.com/rendermap/rendermap"
)

func cache(s spec) rendermap.Cache {
	c := rendermap.Cache{Verdict: s.verdict, StorableShared: s.verdict == "shared", StorablePrivate: s.verdict != "none",
		FreshnessSeconds: s.fresh, FreshnessSource: s.freshSrc, CacheControl: s.cc, Validators: "etag-304"}
	switch s.verdict {
	case "shared":
		c.Notes = []rendermap.Note{{Severity: "info", Code: "shared-cacheable", Message: "A shared cache may store the document."}}
	case "private":
		c.Validators = ""
		c.Notes = []rendermap.Note{{Severity: "warn", Code: "no-store", Message: "Cache-Control: no-store forbids every cache from storing the document."}}
	default:
		c.Vary, c.SetCookie, c.Validators = "Cookie", true, ""
		c.Notes = []rendermap.Note{
			{Severity: "warn", Code: "set-cookie-on-html", Message: "The document sets a cookie, so shared caches must not store it."},
			{Severity: "info", Code: "vary-cookie", Message: "Vary: Cookie splits the cache per visitor."},
		}
	}
	return c
}

func cdn(s spec, ttfb []float64) rendermap.CDN {
	if s.provider == "" {
		return rendermap.CDN{}
	}
	edge, origin := stats(ttfb[:12]), stats(samples(len(s.pattern), s.ttfb*3, 6))
	st := map[string]int{"HIT": 12, "MISS": 6}
	if s.verdict != "shared" {
		st = map[string]int{"BYPASS": 18}
	}
	return rendermap.CDN{Provider: s.provider, Statuses: st, EdgeTTFB: &edge, OriginTTFB: &origin}
}

func personal(s spec) rendermap.Personalization {
	p := rendermap.Personalization{Personalized: s.personal, DiffFraction: s.diff, Compared: len(s.examples)}
	if s.personal {
		p.Where = []string{"main > section.orders", "header .greeting"}
		p.Excerpt = "Welcome back, Ada — 3 orders in progress"
		p.Signals = []string{"Set-Cookie on the document", "Vary: Cookie"}
	}
	if s.island {
		p.DiffFraction = 0.02
		p.Where = []string{"header .cart-count"}
		p.Excerpt = "Cart (2)"
	}
	return p
}

func volatility(s spec) rendermap.Volatility {
	v := rendermap.Volatility{ChangesPerDay: s.changes, Source: "combined", Sources: []string{"recheck", "lastmod"}, Rechecked: len(s.examples),
		Subject: "html", WindowSeconds: 20, Observations: 3 * len(s.examples), Clock: s.clock, TokenChurnPages: s.tokenChurn}
	switch {
	case s.changes > 100:
		v.ChangedOnRecheck = len(s.examples)
		v.ChangesPerDayCI = []float64{s.changes / 2, s.changes * 2}
	case s.upperBound || s.changes == 0:
		v.ChangesPerDay, v.UpperBound = 0.0083, true
		v.ChangesPerDayCI = []float64{0, 0.0083}
	}
	return v
}

func clientRender(s spec) rendermap.ClientRender {
	c := rendermap.ClientRender{ScriptOnlyFraction: s.scriptOnly, NavigationRequests: s.navRequests}
	if s.dataRequest {
		c.EmptyMounts = []string{"#app"}
		c.DataRequests = []rendermap.DataRequest{{URL: origin + "/api/dashboard", Status: 200, DurationMS: 38.5, ServerMS: 0.8, Private: s.privateData}}
	}
	return c
}

func pages(s spec, ttfb, server []float64) []rendermap.PageResult {
	var out []rendermap.PageResult
	for j, u := range s.examples {
		h := map[string]string{"cache-control": s.cc, "content-type": "text/html; charset=utf-8", "etag": fmt.Sprintf(`"v%d-%d"`, len(s.pattern), j)}
		if s.provider != "" {
			h["x-vercel-cache"] = "HIT"
		}
		if s.verdict == "none" {
			h["set-cookie"] = "session=" + Secret + "; Path=/; HttpOnly"
			h["vary"] = "Cookie"
			h["x-debug-auth"] = "Bearer " + Secret
		}
		lo := (j * 6) % len(ttfb)
		out = append(out, rendermap.PageResult{
			URL: u, Status: 200, TTFBMS: ttfb[lo : lo+6], ServerMS: server[lo : lo+6], Headers: h, Title: s.title,
			FCPMS: 80 + s.ttfb, LCPMS: 140 + s.ttfb, Personalized: s.personal, DiffFraction: s.diff,
			ScriptOnlyFraction: s.scriptOnly, Changed: s.changes > 100,
		})
	}
	return out
}

func inputs(s spec) *rendermap.ModelInputs {
	in := func(v float64, src string) rendermap.Input { return rendermap.Input{Value: v, Source: src} }
	return &rendermap.ModelInputs{
		Pages:                in(float64(s.pages), pagesSource(s)),
		RenderSeconds:        in(s.server/1000, "measured"),
		ChangesPerDay:        in(s.changes, "measured"),
		VisitsPerDay:         in(s.visits, orDefault(s.visitsSource)),
		FreshnessBudgetSec:   in(s.budget, orDefault(s.budgetSource)),
		BuildSecondsPerPage:  in(s.server/1000, "measured"),
		BuildOverheadSeconds: in(overhead, "default"),
		BuildWorkers:         in(4, "default"),
		MaxDeploysPerDay:     in(24, "default"),
		APISecondsPerView:    in(s.server/1000, "measured"),
		NearRTTMS:            in(nearRTT, "default"),
		FarRTTMS:             in(farRTT, "default"),
		EdgeRTTMS:            in(edgeRTT, "default"),
	}
}

func pagesSource(s spec) string {
	if s.source == "sitemap" {
		return "sitemap"
	}
	return "measured"
}

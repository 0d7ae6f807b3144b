package advise

import (
	"math"
	"testing"

	"github.com/rendermap/rendermap"
)

func TestEvidenceFlags(t *testing.T) {
	type flags struct{ client, whole, island, open, noindex bool }
	tests := []struct {
		name string
		r    rendermap.Route
		want flags
	}{
		{"plain", rendermap.Route{Discovery: rendermap.Discovery{InSitemap: true, PagesSource: "sitemap"}}, flags{}},
		{"script-only text from data requests", rendermap.Route{Evidence: rendermap.Evidence{ClientRender: rendermap.ClientRender{ScriptOnlyFraction: 0.8,
			DataRequests: []rendermap.DataRequest{{URL: "/api", Status: 200}}}}}, flags{client: true}},
		{"script-only text from inline data", rendermap.Route{Evidence: rendermap.Evidence{ClientRender: rendermap.ClientRender{ScriptOnlyFraction: 0.8}}}, flags{}},
		{"empty mount with data", rendermap.Route{Evidence: rendermap.Evidence{ClientRender: rendermap.ClientRender{
			EmptyMounts: []string{"#root"}, DataRequests: []rendermap.DataRequest{{URL: "/api", Status: 200}}}}}, flags{client: true}},
		{"whole page personalized", rendermap.Route{Evidence: rendermap.Evidence{Personalized: rendermap.Personalization{Personalized: true, DiffFraction: 0.6}}}, flags{whole: true}},
		{"personalized from headers only", rendermap.Route{Evidence: rendermap.Evidence{Personalized: rendermap.Personalization{Personalized: true}}}, flags{whole: true}},
		{"island", rendermap.Route{Evidence: rendermap.Evidence{Personalized: rendermap.Personalization{Personalized: true, DiffFraction: 0.05}}}, flags{island: true}},
		{"open query space", rendermap.Route{Discovery: rendermap.Discovery{QueryKeys: []string{"q"}, PagesSource: "discovery"}}, flags{open: true}},
		{"query keys listed in sitemap", rendermap.Route{Discovery: rendermap.Discovery{QueryKeys: []string{"page"}, InSitemap: true, PagesSource: "sitemap"}}, flags{}},
		{"x-robots-tag", rendermap.Route{Evidence: rendermap.Evidence{Pages: []rendermap.PageResult{{Headers: map[string]string{"x-robots-tag": "noindex, nofollow"}}}}}, flags{noindex: true}},
		{"noindex note", rendermap.Route{Evidence: rendermap.Evidence{Cache: rendermap.Cache{Notes: []rendermap.Note{{Code: "meta-noindex"}}}}}, flags{noindex: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &tt.r
			got := flags{clientRendered(r), wholePagePersonalized(r), island(r), openURLSpace(r), noindex(r)}
			if got != tt.want {
				t.Errorf("flags = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRecheckInterval(t *testing.T) {
	// 3 of 3 pages changed within 20 s: the rate is high, the interval wide
	// but finite; 0 of 3 gives a lower bound of 0.
	all := recheckInterval(3, 3, 20)
	none := recheckInterval(0, 3, 20)
	if !(all[0] > 0 && all[1] > all[0] && !math.IsInf(all[1], 0)) {
		t.Errorf("3/3 interval = %v", all)
	}
	if none[0] > 1e-6 || none[1] <= 0 || none[1] >= all[1] {
		t.Errorf("0/3 interval = %v (3/3: %v)", none, all)
	}
	if bad := recheckInterval(5, 2, 20); math.IsNaN(bad[0]) || math.IsNaN(bad[1]) {
		t.Errorf("k > n interval = %v", bad)
	}
}

func TestChangeRate_DeclaredLifetime(t *testing.T) {
	r := &rendermap.Route{Evidence: rendermap.Evidence{Cache: sharedCache(7*86400, 0), Volatility: rendermap.Volatility{Source: "none"}}}
	g := gathered{}
	g.change(r, 20)
	if !near(g.in.ChangesPerDay, 1.0/7) || !g.in.ChangeRateKnown || g.mi.ChangesPerDay.Source != "measured" {
		t.Errorf("declared lifetime: %v known=%v %+v", g.in.ChangesPerDay, g.in.ChangeRateKnown, g.mi.ChangesPerDay)
	}
	r.ClientRender.ScriptOnlyFraction = 0.9
	r.ClientRender.DataRequests = []rendermap.DataRequest{{URL: "/api", Status: 200}}
	g = gathered{}
	g.change(r, 20)
	if g.in.ChangeRateKnown || g.mi.ChangesPerDay.Source != "default" {
		t.Errorf("client-rendered shell lifetime must not count: %+v", g.mi.ChangesPerDay)
	}
}

func TestHuman(t *testing.T) {
	tests := []struct {
		s    float64
		want string
	}{{0.04, "40 ms"}, {80, "80 s"}, {300, "5 min"}, {3600, "60 min"}, {7200, "2 h"}, {31536000, "365 days"}, {math.Inf(1), "unbounded"}}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := human(tt.s); got != tt.want {
				t.Errorf("human(%v) = %q", tt.s, got)
			}
		})
	}
}

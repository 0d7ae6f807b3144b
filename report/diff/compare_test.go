package diff

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func route(pattern string, ttfb []float64) rendermap.Route {
	r := rendermap.Route{Discovery: rendermap.Discovery{Pattern: pattern, Pages: 10}}
	r.TTFB.Samples = ttfb
	r.TTFB.N = len(ttfb)
	r.Cache.StorableShared = true
	r.Cache.CacheControl = "public, s-maxage=60"
	r.Recommendation.Strategy = rendermap.ISR
	r.Current.Strategy = rendermap.ISR
	return r
}

func audit(origin string, routes ...rendermap.Route) *rendermap.Audit {
	return &rendermap.Audit{Schema: rendermap.SchemaVersion, Site: rendermap.Site{Origin: origin}, Complete: true, Routes: routes}
}

func kinds(r *Result) []string {
	var out []string
	for _, c := range r.Changes {
		out = append(out, c.Pattern+" "+c.Kind+" "+c.Direction)
	}
	return out
}

func TestCompareCases(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	same := lognormal(rng, 25, 150)
	cases := []struct {
		name        string
		base, head  rendermap.Route
		want        string
		regressions int
	}{
		{"clear slowdown", route("/a", lognormal(rng, 25, 150)), route("/a", lognormal(rng, 25, 400)), "/a ttfb worse", 1},
		{"clear speedup", route("/a", lognormal(rng, 25, 400)), route("/a", lognormal(rng, 25, 150)), "/a ttfb better", 0},
		{"identical samples", route("/a", same), route("/a", same), "", 0},
		{"per-page fallback", pageSamples("/a", 150), pageSamples("/a", 400), "/a ttfb worse", 1},
		{"cache lost", route("/a", nil), with(route("/a", nil), func(r *rendermap.Route) { r.Cache.StorableShared = false }), "/a cache worse", 1},
		{"cache gained", with(route("/a", nil), func(r *rendermap.Route) { r.Cache.StorableShared = false }), route("/a", nil), "/a cache better", 0},
		{"new personalization", route("/a", nil), with(route("/a", nil), func(r *rendermap.Route) { r.Personalized.Personalized = true }), "/a personalization worse", 1},
		{"strategy change", route("/a", nil), with(route("/a", nil), func(r *rendermap.Route) { r.Recommendation.Strategy = rendermap.SSR }), "/a strategy changed", 0},
		{"current strategy change", route("/a", nil), with(route("/a", nil), func(r *rendermap.Route) { r.Current.Strategy = rendermap.Static }), "/a strategy changed", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Compare(audit("https://a.test", tc.base), audit("https://a.test", tc.head), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(kinds(r), "; "); got != tc.want || r.Regressions != tc.regressions {
				t.Errorf("changes %q with %d regressions, want %q with %d", got, r.Regressions, tc.want, tc.regressions)
			}
		})
	}
}

// TestCompareMinimumEffect: shifts that are significant but smaller than
// the minimum effect (20 ms, or 10% of the base median) never count.
func TestCompareMinimumEffect(t *testing.T) {
	cases := []struct {
		name      string
		base      float64
		shift     float64
		wantCount bool
	}{
		{"8 ms on 150 ms", 150, 8, false},
		{"30 ms on 1000 ms", 1000, 30, false},
		{"60 ms on 150 ms", 150, 60, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			x := make([]float64, 25)
			for i := range x {
				x[i] = tc.base + 0.2*float64(i)
			}
			y := shifted(x, tc.shift)
			if _, p := MannWhitney(x, y); p >= 0.05 {
				t.Fatalf("setup: p = %v, want a significant shift", p)
			}
			r, err := Compare(audit("o", route("/", x)), audit("o", route("/", y)), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if (r.Regressions == 1) != tc.wantCount {
				t.Errorf("regressions = %d, want counted=%v", r.Regressions, tc.wantCount)
			}
		})
	}
}

func shifted(xs []float64, d float64) []float64 {
	out := make([]float64, len(xs))
	for i, v := range xs {
		out[i] = v + d
	}
	return out
}

func pageSamples(pattern string, median float64) rendermap.Route {
	r := route(pattern, nil)
	rng := rand.New(rand.NewPCG(uint64(median), 1))
	for i := range 5 {
		r.Evidence.Pages = append(r.Evidence.Pages, rendermap.PageResult{URL: pattern + "/" + string(rune('a'+i)), TTFBMS: lognormal(rng, 5, median)})
	}
	return r
}

func with(r rendermap.Route, f func(*rendermap.Route)) rendermap.Route {
	f(&r)
	return r
}

func TestCompareAddedRemoved(t *testing.T) {
	base := audit("https://a.test", route("/", nil), route("/old", nil))
	head := audit("https://a.test", route("/", nil), route("/new", nil))
	r, err := Compare(base, head, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "/new added changed; /old removed changed"
	if got := strings.Join(kinds(r), "; "); got != want || r.Regressions != 0 {
		t.Errorf("got %q (%d regressions), want %q", got, r.Regressions, want)
	}
}

func TestCompareNoFalseRegressions(t *testing.T) {
	rng := rand.New(rand.NewPCG(42, 42))
	regressions := 0
	for range 200 {
		r, err := Compare(audit("o", route("/", lognormal(rng, 25, 150))), audit("o", route("/", lognormal(rng, 25, 150))), Options{})
		if err != nil {
			t.Fatal(err)
		}
		regressions += r.Regressions
	}
	if regressions > 20 {
		t.Errorf("%d of 200 same-distribution pairs were regressions, want at most 20", regressions)
	}
}

func TestCompareRefusesSchemaMismatch(t *testing.T) {
	head := audit("o")
	head.Schema = "rendermap.audit/v2"
	_, err := Compare(audit("o"), head, Options{})
	if err == nil || !strings.Contains(err.Error(), "rendermap.audit/v2") {
		t.Fatalf("err = %v, want a schema mismatch naming both versions", err)
	}
}

func TestCompareNotes(t *testing.T) {
	head := audit("https://b.test")
	head.Complete = false
	head.IncompleteReason = "timeout after 15m0s"
	r, err := Compare(audit("https://a.test"), head, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(r.Notes, "\n")
	if !strings.Contains(got, "different origins") || !strings.Contains(got, "timeout after 15m0s") {
		t.Errorf("notes = %q", got)
	}
}

func goldenResult(t *testing.T) *Result {
	rng := rand.New(rand.NewPCG(5, 6))
	base := audit("https://shop.test",
		route("/", lognormal(rng, 25, 120)),
		route("/products/[id]", lognormal(rng, 25, 150)),
		route("/cart", nil),
		route("/old|page", nil))
	head := audit("https://shop.test",
		route("/", lognormal(rng, 25, 121)),
		with(route("/products/[id]", lognormal(rng, 25, 400)), func(r *rendermap.Route) {
			r.Cache.StorableShared = false
			r.Cache.CacheControl = "private, no-store"
			r.Recommendation.Strategy = rendermap.SSR
		}),
		with(route("/cart", nil), func(r *rendermap.Route) { r.Personalized.Personalized = true; r.Personalized.DiffFraction = 0.12 }),
		route("/blog/[slug]", nil))
	r, err := Compare(base, head, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestGolden(t *testing.T) {
	r := goldenResult(t)
	for _, g := range []struct {
		file  string
		write func(*bytes.Buffer, *Result) error
	}{
		{"diff.md", func(b *bytes.Buffer, r *Result) error { return WriteMarkdown(b, r) }},
		{"diff.txt", func(b *bytes.Buffer, r *Result) error { return WriteText(b, r) }},
	} {
		t.Run(g.file, func(t *testing.T) {
			var b bytes.Buffer
			if err := g.write(&b, r); err != nil {
				t.Fatal(err)
			}
			testkit.Golden(t, filepath.Join("testdata", g.file), b.Bytes())
		})
	}
	if r.Regressions != 3 {
		t.Errorf("golden result has %d regressions, want 3 (ttfb, cache, personalization)", r.Regressions)
	}
}

func TestMarkdownEscapesSiteText(t *testing.T) {
	r := &Result{Base: "o", Head: "o", Options: DefaultOptions(), Changes: []Change{{Pattern: "/a|`b`", Kind: KindAdded, Direction: Changed, Message: "<script>x</script> | y"}}}
	var b bytes.Buffer
	if err := WriteMarkdown(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script>") || strings.Contains(out, "`b`") || !strings.Contains(out, `\|`) {
		t.Errorf("site text not escaped:\n%s", out)
	}
}

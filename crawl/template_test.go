package crawl

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/rendermap/rendermap"
)

func TestSimilarityExactOnSmallSets(t *testing.T) {
	cases := []struct {
		a, b []uint32
		want float64
	}{
		{[]uint32{2, 4, 6}, []uint32{2, 4, 6}, 1},
		{[]uint32{2, 4}, []uint32{6, 8}, 0},
		{[]uint32{2, 4, 6, 8}, []uint32{4, 6, 8, 10}, 3.0 / 5},
		{nil, []uint32{2}, 0},
	}
	for _, tc := range cases {
		if got := similarity(tc.a, tc.b); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("similarity(%v, %v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSimilarityEstimatesLargeSets: two sets of 2,000 hashes sharing 1,000
// (Jaccard 1/3), each sketched by its 128 smallest hashes.
func TestSimilarityEstimatesLargeSets(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var shared, onlyA, onlyB []uint32
	for i := 0; i < 1000; i++ {
		shared, onlyA, onlyB = append(shared, r.Uint32()), append(onlyA, r.Uint32()), append(onlyB, r.Uint32())
	}
	sketch := func(parts ...[]uint32) []uint32 {
		all := slices.Concat(parts...)
		slices.Sort(all)
		return all[:sketchSize]
	}
	got := similarity(sketch(shared, onlyA), sketch(shared, onlyB))
	if math.Abs(got-1.0/3) > 0.1 {
		t.Errorf("similarity estimate %.3f, want 0.33 ± 0.1", got)
	}
}

// TestPageSimPrefersClassedPaths: pages that share their classed markup
// but not their unclassed content are one template; without enough
// classed paths, all paths count; route ids of one framework decide.
func TestPageSimPrefersClassedPaths(t *testing.T) {
	var classed []uint32
	for i := 0; i < minClassed; i++ {
		classed = append(classed, uint32(2*i+1))
	}
	a := newEvidence(&rendermap.Rendered{Template: slices.Concat(classed, []uint32{100, 102})})
	b := newEvidence(&rendermap.Rendered{Template: slices.Concat(classed, []uint32{200, 202})})
	if s := pageSim(&a, &b); s != 1 {
		t.Errorf("classed paths equal: similarity %v, want 1", s)
	}
	a.classed, b.classed = a.classed[:2], b.classed[:2]
	if s := pageSim(&a, &b); s != 0 {
		t.Errorf("too few classed paths, unclassed all differ: similarity %v, want 0", s)
	}
	a.framework, a.routeID, b.framework, b.routeID = "next", "/x", "next", "/x"
	if s := pageSim(&a, &b); s != 1 {
		t.Errorf("same route id: similarity %v, want 1", s)
	}
}

func TestClusterPages(t *testing.T) {
	p := func(t, v int) *pageEvidence { e := tplPage(t, v); return &e }
	c := clusterPages([]*pageEvidence{p(1, 0), p(2, 0), p(1, 1), p(1, 2), p(2, 1)})
	if !slices.Equal(c.of, []int{0, 1, 0, 0, 1}) || !slices.Equal(c.size, []int{3, 2}) {
		t.Errorf("clusters of = %v, size = %v", c.of, c.size)
	}
	if k, ok := c.largest(); k != 0 || !ok {
		t.Errorf("largest = %d, %v", k, ok)
	}
	tie := clusterPages([]*pageEvidence{p(1, 0), p(2, 0)})
	if _, ok := tie.largest(); ok {
		t.Error("a tie has a largest cluster")
	}
}

func TestFrameworkPattern(t *testing.T) {
	cases := []struct{ framework, id, want string }{
		{"next", "/guides/[...slug]", "/guides/[...slug]"},
		{"next", "/shop/[[...path]]", "/shop/[...path]"},
		{"next", "/products/[pid]", "/products/[pid]"},
		{"next", "/", "/"},
		{"next", "/_error", ""},
		{"next", "/post-[id]", ""},
		{"nuxt", "/guides/:slug(.*)*", "/guides/[...slug]"},
		{"vue-router", "/products/:id(\\d+)", "/products/[id]"},
		{"nuxt", "/users/:id/posts", "/users/[id]/posts"},
		{"nuxt", "/:lang?/about", ""},
		{"nuxt", "/a/:rest+/b", ""},
		{"nuxt", "/post-:id", ""},
		{"sveltekit", "node_ids [0,3]", ""},
	}
	for _, tc := range cases {
		if got := frameworkPattern(tc.framework, tc.id); got != tc.want {
			t.Errorf("frameworkPattern(%s, %q) = %q, want %q", tc.framework, tc.id, got, tc.want)
		}
	}
}

// Package synth generates the synthetic URLs that rendermap's benchmarks
// group into route patterns: deterministic, and spread over 30 templates
// that pattern inference turns into 36 route patterns.
package synth

import (
	"fmt"
	"math/rand/v2"
)

var (
	words = []string{"alpha", "bravo", "delta", "echo", "fox", "golf", "hotel", "india", "kilo", "lima",
		"mike", "nova", "oscar", "papa", "romeo", "sierra", "tango", "ultra", "victor", "zulu"}
	langs = []string{"en", "de", "fr", "es", "it", "ja"}
	cats  = []string{"tents", "boots", "coats", "stoves", "packs", "hats", "gloves", "socks", "tarps", "maps"}
)

// Origin is the origin of every URL that URLs and Each produce.
const Origin = "https://shop.example"

// URLs returns n absolute URLs on Origin, the same for the same n.
func URLs(n int) []string {
	out := make([]string, 0, n)
	Each(n, func(u string) { out = append(out, u) })
	return out
}

// Each calls fn with the n URLs that URLs(n) returns, in the same order,
// without holding them all.
func Each(n int, fn func(string)) {
	g := &gen{r: rand.New(rand.NewPCG(7, 11))}
	tpl := g.templates()
	for i := 0; i < n; i++ {
		fn(Origin + tpl[g.r.IntN(len(tpl))]())
	}
}

type gen struct{ r *rand.Rand }

func (g *gen) word(n int) string { return words[g.r.IntN(n)] }

func (g *gen) slug() string {
	return g.word(20) + "-" + g.word(20) + "-" + g.word(20) + "-" + fmt.Sprint(g.r.IntN(100000))
}

// templates returns the URL path generators, one per template.
func (g *gen) templates() []func() string {
	r := g.r
	return []func() string{
		func() string { return fmt.Sprintf("/products/%d", r.IntN(1e7)) },
		func() string { return fmt.Sprintf("/products/%d/reviews", r.IntN(1e7)) },
		func() string { return "/blog/" + g.slug() },
		func() string { return "/news/" + g.slug() },
		func() string { return fmt.Sprintf("/u/%s/posts/%d", g.slug(), r.IntN(1e6)) },
		func() string { return "/shop/" + cats[r.IntN(10)] + "/" + g.slug() },
		func() string {
			return fmt.Sprintf("/p/%08x-%04x-%04x-%04x-%012x", r.Uint32(), r.IntN(65536), r.IntN(65536), r.IntN(65536), r.Uint64()>>16)
		},
		func() string { return fmt.Sprintf("/c/%015xf", r.Uint64()>>4) },
		func() string { return fmt.Sprintf("/events/2024-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)) },
		func() string { return "/" + langs[r.IntN(6)] + "/help/" + g.slug() },
		func() string { return "/search?q=" + g.slug() },
		func() string { return "/search?q=" + g.word(20) + "&page=" + fmt.Sprint(r.IntN(50)) },
		func() string { return "/docs/" + g.word(5) },
		func() string { return "/about" },
		func() string { return "/" },
		func() string { return "/tag/" + g.word(20) },
		func() string { return fmt.Sprintf("/tag/%s/page/%d", g.word(20), r.IntN(100)) },
		func() string { return "/authors/" + g.slug() },
		func() string { return fmt.Sprintf("/orders/%d/items/%d", r.IntN(1e6), r.IntN(20)) },
		func() string { return "/recipes/" + g.slug() + "/print" },
		func() string { return "/wiki/" + g.slug() },
		func() string { return fmt.Sprintf("/archive/%d/%02d", 2000+r.IntN(25), 1+r.IntN(12)) },
		func() string { return "/jobs/" + g.slug() },
		func() string { return "/careers" },
		func() string { return "/pricing" },
		func() string { return "/legal/" + g.word(4) },
		func() string { return "/forum/" + g.slug() + "/" + g.slug() },
		func() string { return fmt.Sprintf("/img/%x.jpg", r.Uint64()) },
		func() string { return "/cities/" + g.slug() + "/hotels" },
		func() string { return "/compare?a=" + fmt.Sprint(r.IntN(1000)) + "&b=" + fmt.Sprint(r.IntN(1000)) },
	}
}

package crawl

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// syntheticURLs builds n URLs over 30 templates, deterministically.
func syntheticURLs(n int) []string {
	r := rand.New(rand.NewPCG(7, 11))
	words := []string{"alpha", "bravo", "delta", "echo", "fox", "golf", "hotel", "india", "kilo", "lima",
		"mike", "nova", "oscar", "papa", "romeo", "sierra", "tango", "ultra", "victor", "zulu"}
	slug := func() string {
		return words[r.IntN(20)] + "-" + words[r.IntN(20)] + "-" + words[r.IntN(20)] + "-" + fmt.Sprint(r.IntN(100000))
	}
	langs := []string{"en", "de", "fr", "es", "it", "ja"}
	cats := []string{"tents", "boots", "coats", "stoves", "packs", "hats", "gloves", "socks", "tarps", "maps"}
	tpl := []func() string{
		func() string { return fmt.Sprintf("/products/%d", r.IntN(1e7)) },
		func() string { return fmt.Sprintf("/products/%d/reviews", r.IntN(1e7)) },
		func() string { return "/blog/" + slug() },
		func() string { return "/news/" + slug() },
		func() string { return fmt.Sprintf("/u/%s/posts/%d", slug(), r.IntN(1e6)) },
		func() string { return "/shop/" + cats[r.IntN(10)] + "/" + slug() },
		func() string {
			return fmt.Sprintf("/p/%08x-%04x-%04x-%04x-%012x", r.Uint32(), r.IntN(65536), r.IntN(65536), r.IntN(65536), r.Uint64()>>16)
		},
		func() string { return fmt.Sprintf("/c/%015xf", r.Uint64()>>4) },
		func() string { return fmt.Sprintf("/events/2024-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28)) },
		func() string { return "/" + langs[r.IntN(6)] + "/help/" + slug() },
		func() string { return "/search?q=" + slug() },
		func() string { return "/search?q=" + words[r.IntN(20)] + "&page=" + fmt.Sprint(r.IntN(50)) },
		func() string { return "/docs/" + words[r.IntN(5)] },
		func() string { return "/about" },
		func() string { return "/" },
		func() string { return "/tag/" + words[r.IntN(20)] },
		func() string { return fmt.Sprintf("/tag/%s/page/%d", words[r.IntN(20)], r.IntN(100)) },
		func() string { return "/authors/" + slug() },
		func() string { return fmt.Sprintf("/orders/%d/items/%d", r.IntN(1e6), r.IntN(20)) },
		func() string { return "/recipes/" + slug() + "/print" },
		func() string { return "/wiki/" + slug() },
		func() string { return fmt.Sprintf("/archive/%d/%02d", 2000+r.IntN(25), 1+r.IntN(12)) },
		func() string { return "/jobs/" + slug() },
		func() string { return "/careers" },
		func() string { return "/pricing" },
		func() string { return "/legal/" + words[r.IntN(4)] },
		func() string { return "/forum/" + slug() + "/" + slug() },
		func() string { return fmt.Sprintf("/img/%x.jpg", r.Uint64()) },
		func() string { return "/cities/" + slug() + "/hotels" },
		func() string { return "/compare?a=" + fmt.Sprint(r.IntN(1000)) + "&b=" + fmt.Sprint(r.IntN(1000)) },
	}
	out := make([]string, n)
	for i := range out {
		out[i] = "https://shop.example" + tpl[r.IntN(len(tpl))]()
	}
	return out
}

func BenchmarkInfer1M(b *testing.B) {
	urls := syntheticURLs(1_000_000)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cpuTime()
	b.ResetTimer()
	var groups []Group
	for i := 0; i < b.N; i++ {
		groups = Infer(urls, nil)
	}
	b.StopTimer()
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/1e6, "MB-alloc/op")
	b.ReportMetric(float64(len(groups)), "patterns")
}

func BenchmarkNormalize(b *testing.B) {
	raw := "HTTPS://Shop.Example:443/a/./b/../c%7e/d?utm_source=x&b=2&a=1#frag"
	for i := 0; i < b.N; i++ {
		if _, err := Normalize(raw, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestInferSynthetic checks the benchmark's data: every template must come
// out as its own pattern.
func TestInferSynthetic(t *testing.T) {
	want := []string{"/", "/[lang]/help/[slug]", "/about", "/archive/[year]/[month]", "/authors/[slug]", "/blog/[slug]",
		"/c/[hash]", "/careers", "/cities/[slug]/hotels", "/compare", "/docs/alpha", "/docs/bravo", "/docs/delta",
		"/docs/echo", "/docs/fox", "/events/[date]", "/forum/[slug]/[slug2]", "/img/[slug]", "/jobs/[slug]",
		"/legal/alpha", "/legal/bravo", "/legal/delta", "/legal/echo", "/news/[slug]", "/orders/[id]/items/[id2]",
		"/p/[uuid]", "/pricing", "/products/[id]", "/products/[id]/reviews", "/recipes/[slug]/print", "/search",
		"/shop/[slug]/[slug2]", "/tag/[slug]", "/tag/[slug]/page/[id]", "/u/[slug]/posts/[id]", "/wiki/[slug]"}
	groups := Infer(syntheticURLs(20_000), nil)
	if diff := cmp.Diff(want, patterns(groups)); diff != "" {
		t.Errorf("patterns (-want +got):\n%s", diff)
	}
}

package crawl

import (
	"bytes"
	"context"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap/internal/synth"
)

// syntheticURLs builds n URLs over 30 templates, deterministically.
func syntheticURLs(n int) []string { return synth.URLs(n) }

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

// BenchmarkDiscoverList1M is `rendermap routes --urls FILE` without the
// command: offline discovery over a list of 1,000,000 synthetic URLs.
func BenchmarkDiscoverList1M(b *testing.B) {
	var list bytes.Buffer
	synth.Each(1_000_000, func(u string) {
		list.WriteString(u)
		list.WriteByte('\n')
	})
	runtime.GC()
	cpu0 := cpuTime()
	b.ResetTimer()
	var res *Result
	for i := 0; i < b.N; i++ {
		var err error
		res, err = Discover(context.Background(), Options{Start: synth.Origin, Offline: true, URLList: bytes.NewReader(list.Bytes())})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(len(res.Routes)), "patterns")
}

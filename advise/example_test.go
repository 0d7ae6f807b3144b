package advise_test

import (
	"fmt"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
)

// ExampleAdvise advises a product catalogue whose prices change every few
// seconds and which is rendered on every request today.
func ExampleAdvise() {
	a := &rendermap.Audit{Routes: []rendermap.Route{{
		Discovery: rendermap.Discovery{Pattern: "/products/[id]", Pages: 2000, PagesSource: "sitemap", InSitemap: true},
		Evidence: rendermap.Evidence{
			TTFB:       rendermap.Stats{N: 20, P50: 45},
			Server:     rendermap.Stats{N: 20, P50: 40},
			Volatility: rendermap.Volatility{Source: "recheck", ChangesPerDay: 5760, ChangesPerDayCI: []float64{3000, 8000}},
			Current:    rendermap.Current{Strategy: rendermap.SSR},
		},
	}}}
	f := advise.Facts{PatternVisits: map[string]float64{"/products/[id]": 200000}}
	if err := advise.Advise(a, f); err != nil {
		fmt.Println(err)
		return
	}
	rec := a.Routes[0].Recommendation
	fmt.Println(rec.Strategy, rec.RevalidateSeconds, rec.Confidence)
	for _, alt := range a.Routes[0].Alternatives {
		fmt.Printf("%s: %.0f compute-s/day\n", alt.Strategy, alt.Cost.ComputeSecondsPerDay)
	}
	// Output:
	// isr 3540 high
	// static: 3360 compute-s/day
	// ssr: 8000 compute-s/day
	// client: 8000 compute-s/day
}

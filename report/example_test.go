package report_test

import (
	"fmt"
	"os"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/report"
)

func ExampleWrite() {
	a := &rendermap.Audit{
		Schema:   rendermap.SchemaVersion,
		Site:     rendermap.Site{Origin: "https://shop.example"},
		Complete: true,
		Routes: []rendermap.Route{{
			Discovery: rendermap.Discovery{Pattern: "/products/[id]", Pages: 2000},
			Evidence: rendermap.Evidence{
				TTFB:    rendermap.Stats{N: 6, P50: 58, P95: 81},
				Cache:   rendermap.Cache{Verdict: "private"},
				Current: rendermap.Current{Strategy: rendermap.SSR},
			},
			Advice: rendermap.Advice{Recommendation: rendermap.Recommendation{Strategy: rendermap.ISR, RevalidateSeconds: 540, Confidence: "medium"}},
		}},
	}
	if err := report.Write(os.Stdout, "table", a, report.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// PATTERN         PAGES  TTFB P50/P95  CACHE    PERSONAL  CURRENT  RECOMMENDED  CONF
	// ------------------------------------------------------------------------------------
	// /products/[id]  2,000      58/81 ms  private  no        ssr      isr 9m       medium
	//
	// 1 route, 2,000 pages; 1 to change.
}

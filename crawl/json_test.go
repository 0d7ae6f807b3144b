package crawl

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
)

func TestResultJSON(t *testing.T) {
	in := Result{Schema: ResultSchema, Site: rendermap.Site{Origin: "http://h", URLsDiscovered: 2, CrawlDelaySeconds: 1.5},
		Routes: []rendermap.Discovery{{Pattern: "/p/[id]", Pages: 2, PagesSource: "sitemap", InSitemap: true,
			Examples: []string{"http://h/p/1"}, Sample: []rendermap.SampleURL{{URL: "http://h/p/1", Lastmod: "2024-05-01T00:00:00Z"}}}}}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, absent := range []string{"ttfb_ms", "recommendation", "alternatives"} {
		if strings.Contains(string(data), absent) {
			t.Errorf("discovery JSON holds measurement field %q: %s", absent, data)
		}
	}
	if !strings.Contains(string(data), `"warnings":[]`) {
		t.Errorf("warnings should be an empty list: %s", data)
	}
	var out Result
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	out.Warnings = nil
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
}

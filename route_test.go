package rendermap

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// routeKeys is the order of a route's keys in audit.json v1: discovery,
// evidence, advice, then discovery's grouping.
var routeKeys = []string{
	"pattern", "pages", "pages_source", "pages_lower_bound", "pinned", "examples", "query_keys", "in_sitemap", "sample",
	"urls_sampled", "ttfb_ms", "server_ms", "network_ms", "cache", "cdn", "personalized", "volatility", "client_render",
	"current", "pages_measured", "browser_timing", "framework", "platform",
	"inputs", "recommendation", "alternatives", "break_even", "grouping",
}

// fullRoute sets every optional field of a route.
func fullRoute() Route {
	return Route{
		Discovery: Discovery{Pattern: "/p/[id]", Pages: 3, PagesSource: "sitemap", PagesLowerBound: true, Pinned: true,
			Examples: []string{"http://h/p/1"}, QueryKeys: []string{"q"}, InSitemap: true,
			Sample: []SampleURL{{URL: "http://h/p/1"}}, Grouping: &Grouping{By: "url", Confidence: "high", Evidence: "URL shape"}},
		Evidence: Evidence{URLsSampled: 1, Network: &Stats{N: 1}, Browser: &BrowserTiming{}, Framework: "next-app", Platform: "vercel",
			Pages: []PageResult{{URL: "http://h/p/1"}}},
		Advice: Advice{Inputs: &ModelInputs{}, Recommendation: Recommendation{Strategy: ISR},
			Alternatives: []Alternative{}, BreakEven: []BreakEven{}},
	}
}

func TestRouteJSONKeyOrder(t *testing.T) {
	data, err := json.Marshal(fullRoute())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(routeKeys, topKeys(t, data)); d != "" {
		t.Errorf("route keys (-want +got):\n%s", d)
	}
}

func TestRouteJSONRoundTrip(t *testing.T) {
	in := fullRoute()
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Route
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(in, out); d != "" {
		t.Errorf("round trip (-in +out):\n%s", d)
	}
}

func TestRoutesFrom(t *testing.T) {
	got := RoutesFrom([]Discovery{{Pattern: "/a"}})
	if len(got) != 1 || got[0].Pattern != "/a" || got[0].Alternatives == nil || got[0].BreakEven == nil {
		t.Errorf("RoutesFrom = %+v, want /a with empty advice lists", got)
	}
	if got := RoutesFrom(nil); got == nil {
		t.Error("RoutesFrom(nil) = nil, want an empty list (audit.json writes [])")
	}
}

// topKeys lists the keys of a JSON object in the order written.
func topKeys(t *testing.T, data []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, key.(string))
	}
	return keys
}

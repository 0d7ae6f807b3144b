package crawl

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
)

func shardRoutes(n int) []rendermap.Route {
	routes := make([]rendermap.Route, n)
	for i := range routes {
		routes[i] = rendermap.NewRoute(rendermap.Discovery{Pattern: fmt.Sprintf("/section-%d/[id]", i)})
	}
	return routes
}

func patternsOf(routes []rendermap.Route) []string {
	out := make([]string, len(routes))
	for i, r := range routes {
		out[i] = r.Pattern
	}
	return out
}

func TestShardPartitions(t *testing.T) {
	routes := shardRoutes(200)
	for _, n := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			seen := map[string]int{}
			for i := 1; i <= n; i++ {
				part := Shard(routes, i, n)
				if n > 1 && (len(part) == 0 || len(part) == len(routes)) {
					t.Errorf("shard %d/%d holds %d of %d routes", i, n, len(part), len(routes))
				}
				for _, p := range patternsOf(part) {
					seen[p]++
				}
			}
			for _, p := range patternsOf(routes) {
				if seen[p] != 1 {
					t.Errorf("%s is in %d shards, want 1", p, seen[p])
				}
			}
		})
	}
}

// The split depends on each pattern alone: not on input order, and not on
// which other patterns one machine happened to discover.
func TestShardStable(t *testing.T) {
	routes := shardRoutes(50)
	want := patternsOf(Shard(routes, 2, 3))
	reversed := slices.Clone(routes)
	slices.Reverse(reversed)
	got := patternsOf(Shard(reversed, 2, 3))
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("shard changed with input order (-want +got):\n%s", diff)
	}
	fewer := patternsOf(Shard(routes[:25], 2, 3))
	for _, p := range fewer {
		if !slices.Contains(want, p) {
			t.Errorf("%s moved shard when other routes were missing", p)
		}
	}
	// Pinned: FNV-1a-32("/") = 0x2a0c975e, even, so shard 1 of 2.
	if got := ShardOf("/", 2); got != 1 {
		t.Errorf("ShardOf(\"/\", 2) = %d, want 1", got)
	}
}

func TestShardOutOfRange(t *testing.T) {
	routes := shardRoutes(5)
	for _, tc := range []struct{ i, n int }{{0, 2}, {3, 2}, {1, 0}, {-1, 2}} {
		if got := Shard(routes, tc.i, tc.n); len(got) != 0 {
			t.Errorf("Shard(%d/%d) = %v, want none", tc.i, tc.n, patternsOf(got))
		}
	}
}

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in     string
		i, n   int
		errHas string
	}{
		{in: "1/2", i: 1, n: 2},
		{in: "2/2", i: 2, n: 2},
		{in: " 3/10 ", i: 3, n: 10},
		{in: "1/1", i: 1, n: 1},
		{in: "0/2", errHas: "1 <= I <= N"},
		{in: "3/2", errHas: "1 <= I <= N"},
		{in: "1/0", errHas: "1 <= I <= N"},
		{in: "-1/2", errHas: "1 <= I <= N"},
		{in: "x", errHas: "want I/N"},
		{in: "x/2", errHas: "index is not a number"},
		{in: "1/y", errHas: "count is not a number"},
		{in: "1/2/3", errHas: "count is not a number"},
		{in: "", errHas: "want I/N"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			i, n, err := ParseShard(tc.in)
			if tc.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errHas) {
					t.Errorf("err = %v, want one containing %q", err, tc.errHas)
				}
				return
			}
			if err != nil || i != tc.i || n != tc.n {
				t.Errorf("ParseShard(%q) = %d, %d, %v; want %d, %d", tc.in, i, n, err, tc.i, tc.n)
			}
		})
	}
}

func discoveryResult() Result {
	return Result{Schema: ResultSchema,
		Site: rendermap.Site{Origin: "http://h", RobotsTxt: true, Sitemaps: []string{"http://h/sitemap.xml"}, URLsDiscovered: 3, CrawlDelaySeconds: 2},
		Routes: []rendermap.Discovery{
			{Pattern: "/", Pages: 1, PagesSource: "sitemap", InSitemap: true, Examples: []string{"http://h/"},
				Sample: []rendermap.SampleURL{{URL: "http://h/"}}},
			{Pattern: "/p/[id]", Pages: 2, PagesSource: "discovery", PagesLowerBound: true, QueryKeys: []string{"ref"},
				Examples: []string{"http://h/p/1", "http://h/p/2"}, Sample: []rendermap.SampleURL{{URL: "http://h/p/1", Lastmod: "2024-05-01T00:00:00Z"}}},
		},
		Warnings: []rendermap.Warning{{Source: "sitemap", URL: "http://h/broken.xml", Message: "broken"}},
	}
}

func TestReadResultRoundTrip(t *testing.T) {
	in := discoveryResult()
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	out, err := ReadResult(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, *out); diff != "" {
		t.Errorf("round trip (-in +out):\n%s", diff)
	}
}

func TestReadResultSortsAndFills(t *testing.T) {
	in := discoveryResult()
	in.Routes[0], in.Routes[1] = in.Routes[1], in.Routes[0]
	in.Routes[0].Examples, in.Routes[0].Sample = nil, nil
	in.Warnings = nil
	data, _ := json.Marshal(in)
	out, err := ReadResult(bytes.NewReader(bytes.ReplaceAll(data, []byte(`"warnings":[]`), []byte(`"warnings":null`))))
	if err != nil {
		t.Fatal(err)
	}
	if got := patternsOf(rendermap.RoutesFrom(out.Routes)); !slices.Equal(got, []string{"/", "/p/[id]"}) {
		t.Errorf("patterns %v, want sorted", got)
	}
	if out.Routes[1].Examples == nil || out.Routes[1].Sample == nil || out.Warnings == nil {
		t.Errorf("nil lists left: %+v, warnings %v", out.Routes[1], out.Warnings)
	}
}

func TestReadResultRejects(t *testing.T) {
	for _, tc := range []struct{ name, in, errHas string }{
		{"not json", `routes`, "read routes"},
		{"audit not routes", `{"schema":"rendermap.audit/v1","site":{"origin":"http://h"}}`, `schema "rendermap.audit/v1"`},
		{"no origin", `{"schema":"rendermap.discovery/v1","site":{},"routes":[]}`, "no site origin"},
		{"repeated pattern", `{"schema":"rendermap.discovery/v1","site":{"origin":"http://h"},"routes":[{"pattern":"/a"},{"pattern":"/a"}]}`, `repeated pattern "/a"`},
		{"empty pattern", `{"schema":"rendermap.discovery/v1","site":{"origin":"http://h"},"routes":[{"pages":1}]}`, `route 1`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ReadResult(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("err = %v, want one containing %q", err, tc.errHas)
			}
		})
	}
}

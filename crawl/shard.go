package crawl

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/rendermap/rendermap"
)

// Shard returns the routes of shard i (1-based) of n, in their input order.
// A route belongs to shard FNV-1a-32(pattern) mod n + 1: the split depends
// on each pattern alone, so every machine given the same discovery input
// measures the same part, a pattern never lands in two shards, and a
// pattern found by only some machines still lands in one shard. Out-of-range
// i or n yield no routes.
func Shard(routes []rendermap.Route, i, n int) []rendermap.Route {
	out := []rendermap.Route{}
	if n < 1 || i < 1 || i > n {
		return out
	}
	for _, r := range routes {
		if ShardOf(r.Pattern, n) == i {
			out = append(out, r)
		}
	}
	return out
}

// ShardOf returns the 1-based shard of n that pattern belongs to.
func ShardOf(pattern string, n int) int {
	if n < 1 {
		return 0
	}
	h := fnv.New32a()
	_, _ = h.Write([]byte(pattern))
	return int(h.Sum32()%uint32(n)) + 1
}

// ParseShard reads "I/N" (1 <= I <= N) as given to --shard.
func ParseShard(s string) (i, n int, err error) {
	a, b, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return 0, 0, fmt.Errorf("shard %q: want I/N, e.g. 1/4", s)
	}
	if i, err = strconv.Atoi(a); err != nil {
		return 0, 0, fmt.Errorf("shard %q: index is not a number", s)
	}
	if n, err = strconv.Atoi(b); err != nil {
		return 0, 0, fmt.Errorf("shard %q: count is not a number", s)
	}
	if n < 1 || i < 1 || i > n {
		return 0, 0, fmt.Errorf("shard %q: want 1 <= I <= N", s)
	}
	return i, n, nil
}

// ReadResult reads back what `rendermap routes --format json` wrote (a
// Result in schema rendermap.discovery/v1), for --routes-file. Routes come
// back sorted by pattern, with empty lists instead of nulls.
func ReadResult(r io.Reader) (*Result, error) {
	var res Result
	if err := json.NewDecoder(r).Decode(&res); err != nil {
		return nil, fmt.Errorf("read routes: %w", err)
	}
	if res.Schema != ResultSchema {
		return nil, fmt.Errorf("read routes: schema %q, want %q (write it with rendermap routes --format json)", res.Schema, ResultSchema)
	}
	if res.Site.Origin == "" {
		return nil, fmt.Errorf("read routes: no site origin")
	}
	if err := normalizeRoutes(res.Routes); err != nil {
		return nil, fmt.Errorf("read routes: %w", err)
	}
	slices.SortFunc(res.Routes, func(a, b rendermap.Discovery) int { return strings.Compare(a.Pattern, b.Pattern) })
	if res.Routes == nil {
		res.Routes = []rendermap.Discovery{}
	}
	if res.Warnings == nil {
		res.Warnings = []rendermap.Warning{}
	}
	return &res, nil
}

// normalizeRoutes refuses empty or repeated patterns and fills nil lists.
func normalizeRoutes(routes []rendermap.Discovery) error {
	seen := make(map[string]bool, len(routes))
	for i := range routes {
		r := &routes[i]
		if r.Pattern == "" || seen[r.Pattern] {
			return fmt.Errorf("route %d: empty or repeated pattern %q", i+1, r.Pattern)
		}
		seen[r.Pattern] = true
		if r.Examples == nil {
			r.Examples = []string{}
		}
		if r.Sample == nil {
			r.Sample = []rendermap.SampleURL{}
		}
	}
	return nil
}

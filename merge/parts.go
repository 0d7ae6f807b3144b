package merge

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

// mergeRoutes joins the shards' routes sorted by pattern; a pattern
// measured by two shards means they did not split the same input.
func mergeRoutes(shards []*rendermap.Audit) ([]rendermap.Route, error) {
	owner := map[string]*rendermap.ShardInfo{}
	routes := []rendermap.Route{}
	for _, a := range shards {
		for _, r := range a.Routes {
			if o, dup := owner[r.Pattern]; dup {
				return nil, fmt.Errorf("merge: route %s is in shard %s and shard %s: the shards did not split the same routes (share them with --routes-file)",
					r.Pattern, shardName(o), shardName(a.Shard))
			}
			owner[r.Pattern] = a.Shard
			routes = append(routes, r)
		}
	}
	slices.SortFunc(routes, func(a, b rendermap.Route) int { return strings.Compare(a.Pattern, b.Pattern) })
	return routes, nil
}

// mergeSite keeps the first shard's site and joins what discovery may
// have seen differently on each machine.
func mergeSite(shards []*rendermap.Audit) rendermap.Site {
	site := shards[0].Site
	site.Sitemaps = slices.Clone(site.Sitemaps)
	for _, a := range shards[1:] {
		site.RobotsTxt = site.RobotsTxt || a.Site.RobotsTxt
		site.Truncated = site.Truncated || a.Site.Truncated
		site.URLsDiscovered = max(site.URLsDiscovered, a.Site.URLsDiscovered)
		site.Sitemaps = append(site.Sitemaps, a.Site.Sitemaps...)
	}
	slices.Sort(site.Sitemaps)
	site.Sitemaps = slices.Compact(site.Sitemaps)
	if len(site.Sitemaps) == 0 {
		site.Sitemaps = shards[0].Site.Sitemaps // keep nil or empty as given
	}
	return site
}

// mergeWarnings concatenates the shards' warnings in shard order; a
// warning every shard repeats (from shared discovery) is kept once.
func mergeWarnings(shards []*rendermap.Audit) []rendermap.Warning {
	out := []rendermap.Warning{}
	seen := map[rendermap.Warning]bool{}
	for _, a := range shards {
		for _, w := range a.Warnings {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// mergeChecks concatenates the shards' checks, stably sorted by pattern.
func mergeChecks(shards []*rendermap.Audit) []rendermap.Check {
	var out []rendermap.Check
	for _, a := range shards {
		out = append(out, a.Checks...)
	}
	slices.SortStableFunc(out, func(a, b rendermap.Check) int { return strings.Compare(a.Pattern, b.Pattern) })
	return out
}

// settingsDiff names the settings that differ.
func settingsDiff(a, b rendermap.Settings) string {
	var d []string
	add := func(name string, x, y any) {
		if x != y {
			d = append(d, fmt.Sprintf("%s %v vs %v", name, y, x))
		}
	}
	add("samples", a.Samples, b.Samples)
	add("urls_per_pattern", a.URLsPerPattern, b.URLsPerPattern)
	add("seed", a.Seed, b.Seed)
	add("concurrency", a.Concurrency, b.Concurrency)
	add("recheck_seconds", a.RecheckSeconds, b.RecheckSeconds)
	add("max_urls", a.MaxURLs, b.MaxURLs)
	add("user_agent", a.UserAgent, b.UserAgent)
	add("ignore_robots", a.IgnoreRobots, b.IgnoreRobots)
	return strings.Join(d, ", ")
}

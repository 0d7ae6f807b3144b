package merge

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rendermap/rendermap"
)

// Merge combines the shards of one audit into a whole audit. The shards may
// come in any order; the result shares route data with them.
func Merge(shards []*rendermap.Audit) (*rendermap.Audit, error) {
	if err := check(shards); err != nil {
		return nil, err
	}
	shards = slices.Clone(shards)
	slices.SortFunc(shards, func(a, b *rendermap.Audit) int { return a.Shard.Index - b.Shard.Index })
	routes, err := mergeRoutes(shards)
	if err != nil {
		return nil, err
	}
	first := shards[0]
	out := &rendermap.Audit{
		Schema:   first.Schema,
		Tool:     first.Tool,
		Site:     mergeSite(shards),
		Settings: first.Settings,
		Complete: true,
		Routes:   routes,
		Checks:   mergeChecks(shards),
		Warnings: mergeWarnings(shards),
		// Shards share one discovery, so they name the same patterns.
		NotAudited: first.NotAudited,
	}
	out.StartedAt, out.FinishedAt = span(shards)
	out.Complete, out.IncompleteReason = completeness(shards)
	return out, nil
}

// check refuses input that is not exactly the N shards of one audit.
func check(shards []*rendermap.Audit) error {
	if len(shards) == 0 {
		return errors.New("merge: no shards given")
	}
	for i, a := range shards {
		if a == nil || a.Shard == nil {
			return fmt.Errorf("merge: input %d is not a shard (run audit with --shard I/N)", i+1)
		}
	}
	for _, a := range shards[1:] {
		if err := compatible(shards[0], a); err != nil {
			return err
		}
	}
	return coverage(shards)
}

// compatible refuses shard b when it differs from shard a in what must be shared.
func compatible(a, b *rendermap.Audit) error {
	name := func(x *rendermap.Audit) string { return shardName(x.Shard) }
	switch {
	case a.Schema != b.Schema:
		return fmt.Errorf("merge: shard %s has schema %q, shard %s %q", name(b), b.Schema, name(a), a.Schema)
	case a.Tool != b.Tool:
		return fmt.Errorf("merge: shard %s was written by %s %s, shard %s by %s %s; rerun all shards with one version",
			name(b), b.Tool.Name, b.Tool.Version, name(a), a.Tool.Name, a.Tool.Version)
	case a.Site.Origin != b.Site.Origin:
		return fmt.Errorf("merge: shard %s audited %s, shard %s %s: not the same site", name(b), b.Site.Origin, name(a), a.Site.Origin)
	case a.Settings != b.Settings:
		return fmt.Errorf("merge: shard %s ran with other settings than shard %s (%s)", name(b), name(a), settingsDiff(a.Settings, b.Settings))
	case a.Shard.Count != b.Shard.Count:
		return fmt.Errorf("merge: shard %s and shard %s split the site differently", name(b), name(a))
	}
	return nil
}

// coverage requires each shard 1..N exactly once.
func coverage(shards []*rendermap.Audit) error {
	n := shards[0].Shard.Count
	seen := make([]bool, n+1)
	for _, a := range shards {
		i := a.Shard.Index
		switch {
		case n < 1 || i < 1 || i > n:
			return fmt.Errorf("merge: invalid shard %s", shardName(a.Shard))
		case seen[i]:
			return fmt.Errorf("merge: shard %s given twice", shardName(a.Shard))
		}
		seen[i] = true
	}
	var missing []string
	for i := 1; i <= n; i++ {
		if !seen[i] {
			missing = append(missing, shardName(&rendermap.ShardInfo{Index: i, Count: n}))
		}
	}
	if len(missing) == 1 {
		return fmt.Errorf("merge: missing shard %s", missing[0])
	}
	if len(missing) > 1 {
		return fmt.Errorf("merge: missing shards %s", strings.Join(missing, ", "))
	}
	return nil
}

func shardName(s *rendermap.ShardInfo) string {
	return fmt.Sprintf("%d/%d", s.Index, s.Count)
}

// span returns the earliest start and the latest finish.
func span(shards []*rendermap.Audit) (start, finish string) {
	for _, a := range shards {
		if start == "" || earlier(a.StartedAt, start) {
			start = a.StartedAt
		}
		if finish == "" || earlier(finish, a.FinishedAt) {
			finish = a.FinishedAt
		}
	}
	return start, finish
}

// earlier compares RFC 3339 times; an unparsable or empty one loses.
func earlier(a, b string) bool {
	ta, errA := time.Parse(time.RFC3339, a)
	tb, errB := time.Parse(time.RFC3339, b)
	switch {
	case errA != nil:
		return false
	case errB != nil:
		return true
	}
	return ta.Before(tb)
}

// completeness is true only when every shard completed; reasons are prefixed with the shard.
func completeness(shards []*rendermap.Audit) (bool, string) {
	var reasons []string
	for _, a := range shards {
		if !a.Complete {
			reasons = append(reasons, fmt.Sprintf("shard %s: %s", shardName(a.Shard), cmp.Or(a.IncompleteReason, "incomplete")))
		}
	}
	return len(reasons) == 0, strings.Join(reasons, "; ")
}

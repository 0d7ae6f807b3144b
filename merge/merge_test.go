package merge

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/crawl"
	"github.com/rendermap/rendermap/internal/testkit"
)

// whole reads the sample audit, a fresh copy per call.
func whole(t *testing.T) *rendermap.Audit { return testkit.SampleAudit(t) }

// split cuts the sample audit into n shard audits the way audit --shard does.
func split(t *testing.T, n int) []*rendermap.Audit {
	t.Helper()
	out := make([]*rendermap.Audit, n)
	for i := range out {
		a := whole(t)
		a.Routes = crawl.Shard(a.Routes, i+1, n)
		a.Shard = &rendermap.ShardInfo{Index: i + 1, Count: n}
		out[i] = a
	}
	return out
}

func TestMergeRestoresWhole(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		t.Run(string(rune('0'+n)), func(t *testing.T) {
			shards := split(t, n)
			shards[0], shards[n-1] = shards[n-1], shards[0] // order does not matter
			got, err := Merge(shards)
			if err != nil {
				t.Fatal(err)
			}
			want := whole(t)
			want.Model = nil // site-wide: advise recomputes it
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("merged differs from whole (-whole +merged):\n%s", diff)
			}
			if _, err := rendermap.Encode(got); err != nil {
				t.Errorf("merged audit fails the schema: %v", err)
			}
		})
	}
}

// Advising the merged audit gives the recommendations and site model of
// advising the unsharded one.
func TestMergeThenAdviseMatchesWhole(t *testing.T) {
	merged, err := Merge(split(t, 2))
	if err != nil {
		t.Fatal(err)
	}
	want := whole(t)
	if err := advise.Advise(want, advise.Facts{}); err != nil {
		t.Fatal(err)
	}
	if err := advise.Advise(merged, advise.Facts{}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, merged); diff != "" {
		t.Errorf("advised merge differs from advised whole (-whole +merged):\n%s", diff)
	}
}

func TestMergeSplitsAreReal(t *testing.T) {
	shards := split(t, 2)
	if len(shards[0].Routes) == 0 || len(shards[1].Routes) == 0 {
		t.Fatalf("sample audit split unevenly: %d + %d routes; the merge tests would prove little",
			len(shards[0].Routes), len(shards[1].Routes))
	}
}

func TestMergeJoinsShardFacts(t *testing.T) {
	shards := split(t, 2)
	shards[0].StartedAt, shards[0].FinishedAt = "2026-11-20T10:00:05Z", "2026-11-20T10:03:00Z"
	shards[1].StartedAt, shards[1].FinishedAt = "2026-11-20T10:00:01Z", "2026-11-20T10:05:00Z"
	shards[1].Complete, shards[1].IncompleteReason = false, "timeout after 10m"
	shards[0].Warnings = append(shards[0].Warnings, rendermap.Warning{Source: "measure", Message: "only in one"})
	shards[0].Checks = []rendermap.Check{{Pattern: "/z", Assertion: "a", Level: "warn", Passed: true}}
	shards[1].Checks = []rendermap.Check{{Pattern: "/a", Assertion: "b", Level: "error", Passed: false}}
	got, err := Merge(shards)
	if err != nil {
		t.Fatal(err)
	}
	if got.StartedAt != "2026-11-20T10:00:01Z" || got.FinishedAt != "2026-11-20T10:05:00Z" {
		t.Errorf("span %s .. %s, want earliest start and latest finish", got.StartedAt, got.FinishedAt)
	}
	if got.Complete || got.IncompleteReason != "shard 2/2: timeout after 10m" {
		t.Errorf("complete %v reason %q", got.Complete, got.IncompleteReason)
	}
	if n := len(got.Warnings); n != len(whole(t).Warnings)+1 {
		t.Errorf("%d warnings, want the shared ones once plus the shard's own: %+v", n, got.Warnings)
	}
	if len(got.Checks) != 2 || got.Checks[0].Pattern != "/a" {
		t.Errorf("checks %+v, want both sorted by pattern", got.Checks)
	}
	if got.Shard != nil {
		t.Errorf("merged audit keeps shard info %+v", got.Shard)
	}
}

func TestMergeRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mangle func(s []*rendermap.Audit) []*rendermap.Audit
		errHas string
	}{
		{"none", func(s []*rendermap.Audit) []*rendermap.Audit { return nil }, "no shards given"},
		{"missing", func(s []*rendermap.Audit) []*rendermap.Audit { return s[:2] }, "missing shard 3/3"},
		{"missing two", func(s []*rendermap.Audit) []*rendermap.Audit { return s[1:2] }, "missing shards 1/3, 3/3"},
		{"twice", func(s []*rendermap.Audit) []*rendermap.Audit { return append(s, s[1]) }, "shard 2/3 given twice"},
		{"not a shard", func(s []*rendermap.Audit) []*rendermap.Audit { s[1].Shard = nil; return s }, "input 2 is not a shard"},
		{"nil", func(s []*rendermap.Audit) []*rendermap.Audit { s[2] = nil; return s }, "input 3 is not a shard"},
		{"foreign site", func(s []*rendermap.Audit) []*rendermap.Audit {
			s[2].Site.Origin = "https://other.example"
			return s
		}, "shard 3/3 audited https://other.example, shard 1/3 https://shop.example: not the same site"},
		{"tool version", func(s []*rendermap.Audit) []*rendermap.Audit { s[1].Tool.Version = "0.2.0"; return s }, "shard 2/3 was written by rendermap 0.2.0, shard 1/3 by rendermap 0.1.0-test"},
		{"schema", func(s []*rendermap.Audit) []*rendermap.Audit { s[1].Schema = "rendermap.audit/v2"; return s }, `schema "rendermap.audit/v2"`},
		{"settings", func(s []*rendermap.Audit) []*rendermap.Audit { s[2].Settings.Seed = 9; return s }, "other settings than shard 1/3 (seed 9 vs 1)"},
		{"robots", func(s []*rendermap.Audit) []*rendermap.Audit { s[1].Settings.IgnoreRobots = true; return s }, "(ignore_robots true vs false)"},
		{"count", func(s []*rendermap.Audit) []*rendermap.Audit { s[2].Shard.Count = 4; return s }, "split the site differently"},
		{"index out of range", func(s []*rendermap.Audit) []*rendermap.Audit { s[2].Shard.Index = 5; return s }, "invalid shard 5/3"},
		{"overlap", func(s []*rendermap.Audit) []*rendermap.Audit {
			s[1].Routes = append(s[1].Routes, s[0].Routes[0])
			return s
		}, "is in shard 1/3 and shard 2/3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			shards := tc.mangle(split(t, 3))
			_, err := Merge(shards)
			if err == nil || !strings.Contains(err.Error(), tc.errHas) {
				t.Errorf("err = %v, want one containing %q", err, tc.errHas)
			}
		})
	}
}

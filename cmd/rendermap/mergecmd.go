package main

import (
	"context"
	"io"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/merge"
)

func init() {
	register("merge", "combine shard audits (audit --shard I/N) into one audit.json", func(s streams) command { return &mergeCommand{s: s} })
}

// mergeCommand merges shard audits and re-runs the site-wide model.
type mergeCommand struct {
	s         streams
	out       string
	traffic   string
	freshness time.Duration
}

// Run merges the shards given as arguments.
func (c *mergeCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "merge", "merge SHARD.json... [-o audit.json]",
		"  rendermap merge shard-1/audit.json shard-2/audit.json -o audit.json\n  rendermap merge shards/*/audit.json | rendermap report - --format html -o report.html\n")
	fs.StringVarP(&c.out, "output", "o", "-", "where to write the merged audit.json ('-' is stdout)")
	fs.StringVar(&c.traffic, "traffic", "", "access log or CSV path,views for the model")
	fs.DurationVar(&c.freshness, "freshness", 0, "how stale content may be, for every route")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		return usageErr("give the shard audits, e.g. rendermap merge shard-*/audit.json -o audit.json")
	}
	shards := make([]*rendermap.Audit, 0, fs.NArg())
	for _, path := range fs.Args() {
		a, err := readAudit(path, c.s.in)
		if err != nil {
			return err
		}
		shards = append(shards, a)
	}
	merged, err := merge.Merge(shards)
	if err != nil {
		return usageErr("merge: %v", err)
	}
	facts, err := loadFacts(c.traffic, c.freshness)
	if err != nil {
		return err
	}
	if err := advise.Advise(merged, facts); err != nil {
		return withCode(exitIncomplete, err)
	}
	return writeTo(c.out, c.s.out, func(w io.Writer) error { return encodeTo(w, merged) })
}

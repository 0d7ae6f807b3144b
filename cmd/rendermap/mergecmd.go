package main

import (
	"context"
	"io"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/merge"
)

func init() {
	register("merge", "combine shard audits (audit --shard I/N) into one audit.json", func(s streams) command { return &mergeCommand{s: s} })
}

// mergeCommand merges shard audits and re-runs the site-wide model.
type mergeCommand struct {
	s   streams
	set config.Settings
	out string
}

// Run merges the shards given as arguments.
func (c *mergeCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "merge", "merge SHARD.json... [-o audit.json]",
		"  rendermap merge shard-1/audit.json shard-2/audit.json -o audit.json\n  rendermap merge shards/*/audit.json | rendermap report - --format html -o report.html\n")
	fs.StringVarP(&c.out, "output", "o", "-", "where to write the merged audit.json ('-' is stdout)")
	c.set.Bind(fs, config.ModelFlags)
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 {
		return usageErr("give the shard audits, e.g. rendermap merge shard-*/audit.json -o audit.json")
	}
	if err := applyFile(fs, &c.set, false); err != nil {
		return err
	}
	merged, err := c.merge(fs.Args())
	if err != nil {
		return err
	}
	if err := reAdvise(merged, &c.set); err != nil {
		return err
	}
	return writeTo(c.out, c.s.out, func(w io.Writer) error { return encodeTo(w, merged) })
}

// merge reads the shard audits and merges them.
func (c *mergeCommand) merge(paths []string) (*rendermap.Audit, error) {
	shards := make([]*rendermap.Audit, 0, len(paths))
	for _, path := range paths {
		a, err := audit.Read(path, c.s.in)
		if err != nil {
			return nil, err
		}
		shards = append(shards, a)
	}
	merged, err := merge.Merge(shards)
	if err != nil {
		return nil, usageErr("merge: %v", err)
	}
	return merged, nil
}

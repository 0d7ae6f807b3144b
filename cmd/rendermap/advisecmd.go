package main

import (
	"context"
	"io"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/config"
)

func init() {
	register("advise", "re-run the cost model on a saved audit.json (no network)", func(s streams) command { return &adviseCommand{s: s} })
}

// adviseCommand re-runs the model on a saved audit with new facts.
type adviseCommand struct {
	s   streams
	set config.Settings
	out string
}

// Run re-advises the audit and writes the new audit.json.
func (c *adviseCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "advise", "advise audit.json [--traffic FILE] [--freshness DURATION] [-o FILE]",
		"  rendermap advise rendermap-report/audit.json --traffic access.log.gz -o audit-with-traffic.json\n  rendermap advise audit.json --freshness 10m | rendermap report - --format table\n")
	c.set.Bind(fs, config.ModelFlags)
	fs.StringVarP(&c.out, "output", "o", "-", "where to write the new audit.json ('-' is stdout)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give one audit.json, e.g. rendermap advise rendermap-report/audit.json")
	}
	if err := applyFile(fs, &c.set, false); err != nil {
		return err
	}
	a, err := audit.Read(fs.Arg(0), c.s.in)
	if err != nil {
		return err
	}
	if err := reAdvise(a, &c.set); err != nil {
		return err
	}
	return writeTo(c.out, c.s.out, func(w io.Writer) error { return encodeTo(w, a) })
}

// reAdvise runs the cost model on a with the settings' facts.
func reAdvise(a *rendermap.Audit, set *config.Settings) error {
	facts, err := set.Facts()
	if err != nil {
		return err
	}
	if err := advise.Advise(a, facts); err != nil {
		return withCode(exitIncomplete, err)
	}
	return nil
}

func encodeTo(w io.Writer, a *rendermap.Audit) error {
	data, err := rendermap.Encode(a)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

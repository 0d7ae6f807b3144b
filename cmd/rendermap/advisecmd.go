package main

import (
	"context"
	"io"
	"time"

	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
)

func init() {
	register("advise", "re-run the cost model on a saved audit.json (no network)", func(s streams) command { return &adviseCommand{s: s} })
}

// adviseCommand re-runs the model on a saved audit with new facts.
type adviseCommand struct {
	s         streams
	traffic   string
	freshness time.Duration
	out       string
	config    string
	flags     factFlags
}

// Run re-advises the audit and writes the new audit.json.
func (c *adviseCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "advise", "advise audit.json [--traffic FILE] [--freshness DURATION] [-o FILE]",
		"  rendermap advise rendermap-report/audit.json --traffic access.log.gz -o audit-with-traffic.json\n  rendermap advise audit.json --freshness 10m | rendermap report - --format table\n")
	fs.StringVar(&c.traffic, "traffic", "", "access log (Common/Combined, gzip ok) or CSV path,views")
	fs.DurationVar(&c.freshness, "freshness", 0, "how stale content may be, for every route")
	fs.StringVarP(&c.out, "output", "o", "-", "where to write the new audit.json ('-' is stdout)")
	c.flags.bind(fs)
	fs.StringVar(&c.config, "config", "", "rendermap.yaml whose model and routes sections give build facts, budgets and traffic")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give one audit.json, e.g. rendermap advise rendermap-report/audit.json")
	}
	a, err := readAudit(fs.Arg(0), c.s.in)
	if err != nil {
		return err
	}
	facts, err := c.facts(fs)
	if err != nil {
		return err
	}
	if err := advise.Advise(a, facts); err != nil {
		return withCode(exitIncomplete, err)
	}
	return writeTo(c.out, c.s.out, func(w io.Writer) error { return encodeTo(w, a) })
}

func encodeTo(w io.Writer, a *rendermap.Audit) error {
	data, err := rendermap.Encode(a)
	if err != nil {
		return err
	}
	_, err = w.Write(data)
	return err
}

// facts merges --config with the flags: defaults < file < flags.
func (c *adviseCommand) facts(fs *pflag.FlagSet) (advise.Facts, error) {
	cfg, err := loadConfigFile(c.config, false)
	if err != nil {
		return advise.Facts{}, err
	}
	if cfg != nil {
		if !fs.Changed("traffic") && cfg.Model.Traffic != "" {
			c.traffic = cfg.Model.Traffic
		}
		if !fs.Changed("freshness") && cfg.Model.Freshness.Duration > 0 {
			c.freshness = cfg.Model.Freshness.Duration
		}
	}
	facts, err := loadFacts(c.traffic, c.freshness)
	return c.flags.apply(fs, modelFacts(facts, cfg)), err
}

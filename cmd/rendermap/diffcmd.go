package main

import (
	"context"
	"io"

	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/report/diff"
)

func init() {
	register("diff", "compare two audits; exit 1 on regressions", func(s streams) command { return &diffCommand{s: s} })
}

// diffCommand compares a baseline audit with a new one.
type diffCommand struct {
	s      streams
	format string
	out    string
	opt    diff.Options
}

// Run prints what got worse or better and fails on regressions.
func (c *diffCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "diff", "diff BASE.json HEAD.json [--format text|markdown] [-o FILE]",
		"  rendermap diff main/audit.json rendermap-report/audit.json\n  rendermap diff base.json head.json --format markdown -o pr-comment.md\n")
	fs.StringVarP(&c.format, "format", "f", "text", "text or markdown")
	fs.StringVarP(&c.out, "output", "o", "-", "output file ('-' is stdout)")
	c.opt = diff.DefaultOptions()
	fs.Float64Var(&c.opt.Alpha, "alpha", c.opt.Alpha, "significance level of the TTFB test")
	fs.Float64Var(&c.opt.MinEffectMS, "min-effect-ms", c.opt.MinEffectMS, "smallest TTFB median shift that counts, in ms")
	fs.Float64Var(&c.opt.MinEffectRatio, "min-effect-ratio", c.opt.MinEffectRatio, "smallest TTFB median shift that counts, as a fraction")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 || (c.format != "text" && c.format != "markdown") {
		return usageErr("give BASE.json and HEAD.json, and --format text or markdown")
	}
	base, err := audit.Read(fs.Arg(0), c.s.in)
	if err != nil {
		return err
	}
	head, err := audit.Read(fs.Arg(1), c.s.in)
	if err != nil {
		return err
	}
	res, err := diff.Compare(base, head, c.opt)
	if err != nil {
		return usageErr("%v", err)
	}
	write := diff.WriteText
	if c.format == "markdown" {
		write = diff.WriteMarkdown
	}
	if err := writeTo(c.out, c.s.out, func(w io.Writer) error { return write(w, res) }); err != nil {
		return err
	}
	return regressionsErr(res)
}

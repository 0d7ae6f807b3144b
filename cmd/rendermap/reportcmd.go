package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/rendermap/rendermap/audit"
	"github.com/rendermap/rendermap/report"
)

func init() {
	register("report", "re-render a saved audit.json (no network)", func(s streams) command { return &reportCommand{s: s} })
}

// reportCommand renders a saved audit in one of the registered formats.
type reportCommand struct {
	s       streams
	format  string
	out     string
	noColor bool
}

// Run renders the audit.
func (c *reportCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "report", "report audit.json [--format "+strings.Join(report.Names(), "|")+"] [-o FILE]",
		"  rendermap report rendermap-report/audit.json\n  rendermap report audit.json --format html -o review.html\n  rendermap report audit.json --format markdown >> \"$GITHUB_STEP_SUMMARY\"\n")
	fs.StringVarP(&c.format, "format", "f", "table", "output format: "+strings.Join(report.Names(), ", "))
	fs.StringVarP(&c.out, "output", "o", "-", "output file ('-' is stdout)")
	fs.BoolVar(&c.noColor, "no-color", false, "never color the table")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageErr("give one audit.json, e.g. rendermap report rendermap-report/audit.json")
	}
	if _, err := report.Lookup(c.format); err != nil {
		return usageErr("--format: %v", err)
	}
	a, err := audit.Read(fs.Arg(0), c.s.in)
	if err != nil {
		return err
	}
	return writeTo(c.out, c.s.out, func(w io.Writer) error {
		return report.Write(w, c.format, a, report.Options{Color: c.out == "-" && colorOn(c.s, c.noColor)})
	})
}

// writeTo runs render against stdout for "-" or a file otherwise.
func writeTo(path string, stdout io.Writer, render func(io.Writer) error) error {
	if path == "-" || path == "" {
		return render(stdout)
	}
	f, err := os.Create(path)
	if err != nil {
		return usageErr("-o %s: %v", path, err)
	}
	if err := render(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

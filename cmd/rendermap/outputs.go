package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/report"
	"github.com/rendermap/rendermap/report/emit"
)

// outputFiles are written into --out by audit and demo; audit.json comes
// last, so that its timing includes the reports.
var outputFiles = []struct{ name, format string }{
	{"report.html", "html"},
	{"report.md", "markdown"},
	{"junit.xml", "junit"},
	{"audit.json", "json"},
}

// writeOutputs writes the audit and its reports into dir and the table to
// stdout; started is when the audit began, for timing.wall_seconds.
func writeOutputs(s streams, set *config.Settings, a *rendermap.Audit, secrets []string, started time.Time) error {
	if err := os.MkdirAll(set.Out, 0o755); err != nil {
		return usageErr("--out %s: %v", set.Out, err)
	}
	opt := report.Options{Secrets: secrets}
	begin := time.Now()
	for _, f := range outputFiles {
		if f.format == "json" && a.Timing != nil {
			a.Timing.Report = rendermap.Seconds(time.Since(begin))
			a.Timing.Wall = rendermap.Seconds(time.Since(started))
		}
		if err := writeReport(filepath.Join(set.Out, f.name), f.format, a, opt); err != nil {
			return err
		}
	}
	for _, target := range set.Emit {
		if err := emitConfig(a, target, filepath.Join(set.Out, "config", target)); err != nil {
			return err
		}
	}
	opt.Color = colorOn(s, set.NoColor)
	return report.Write(s.out, "table", a, opt)
}

// writeReport renders into a buffer first so a failed render never leaves half a file.
func writeReport(path, format string, a *rendermap.Audit, opt report.Options) error {
	var buf bytes.Buffer
	if err := report.Write(&buf, format, a, opt); err != nil {
		return fmt.Errorf("render %s: %w", path, err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func emitConfig(a *rendermap.Audit, target, dir string) error {
	files, err := emit.Generate(a, target, emit.Options{Source: "audit.json"})
	if err != nil {
		return usageErr("--emit %s: %v", target, err)
	}
	return emit.Write(files, dir+string(os.PathSeparator), nil)
}

// colorOn decides whether the table may use color.
func colorOn(s streams, noColor bool) bool {
	return s.ttyOut && !noColor && s.getenv("NO_COLOR") == "" && s.getenv("TERM") != "dumb"
}

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/check"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/report/diff"
)

// compareBaseline diffs a against the baseline audit, writes diff.md into
// the output directory and returns an exit-1 error on regressions.
func compareBaseline(s streams, set *config.Settings, base, a *rendermap.Audit) error {
	if base == nil {
		return nil
	}
	res, err := diff.Compare(base, a, diff.DefaultOptions())
	if err != nil {
		return usageErr("--baseline %s: %v", set.Baseline, err)
	}
	if err := diff.WriteText(s.err, res); err != nil {
		return err
	}
	if err := writeDiffMarkdown(filepath.Join(set.Out, "diff.md"), res); err != nil {
		return err
	}
	return regressionsErr(res)
}

func writeDiffMarkdown(path string, res *diff.Result) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer f.Close()
	return diff.WriteMarkdown(f, res)
}

// checksErr reports failed checks on w and returns an exit-1 error when any error-level one failed.
func checksErr(w io.Writer, a *rendermap.Audit) error {
	errs, warns := check.Failed(a.Checks)
	for _, c := range a.Checks {
		if !c.Passed {
			fmt.Fprintf(w, "rendermap: %s %s: %s (actual %s)%s\n", c.Level, c.Pattern, c.Assertion, c.Actual, retriedNote(c))
		}
	}
	if errs > 0 {
		return withCode(exitAssertions, fmt.Errorf("%d assertion(s) failed, %d warning(s)", errs, warns))
	}
	return nil
}

func retriedNote(c rendermap.Check) string {
	if c.Retried {
		return " [re-measured before counting]"
	}
	return ""
}

// regressionsErr fails with exit 1 when the comparison found regressions.
func regressionsErr(res *diff.Result) error {
	if res.Regressions > 0 {
		return withCode(exitAssertions, fmt.Errorf("%d regression(s) against the baseline", res.Regressions))
	}
	return nil
}

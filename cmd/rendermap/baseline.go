package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/report/diff"
)

// loadBaseline reads --baseline before any network traffic.
func (p *pipeline) loadBaseline() error {
	if p.o.baseline == "" {
		return nil
	}
	base, err := readAudit(p.o.baseline, p.s.in)
	if err != nil {
		return err
	}
	p.o.base = base
	return nil
}

// confirmRegressions re-measures the routes whose TTFB got worse than the
// baseline, up to --retries times, so that a passing slowdown of the
// machine or the network is not reported as a regression.
func (p *pipeline) confirmRegressions(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) {
	for try := 0; p.o.base != nil && try < p.o.retries && ctx.Err() == nil; try++ {
		slower := ttfbRegressions(p.o.base, a)
		if len(slower) == 0 {
			return
		}
		p.prog.Stage("re-measuring %d route(s) slower than the baseline", len(slower))
		p.remeasure(ctx, b, a, slower)
	}
}

// ttfbRegressions lists the patterns whose TTFB is worse than in base.
func ttfbRegressions(base, a *rendermap.Audit) map[string]bool {
	res, err := diff.Compare(base, a, diff.DefaultOptions())
	if err != nil {
		return nil
	}
	out := map[string]bool{}
	for _, c := range res.Changes {
		if c.Kind == diff.KindTTFB && c.Direction == diff.Worse {
			out[c.Pattern] = true
		}
	}
	return out
}

// compareBaseline diffs a against the baseline audit, writes diff.md into
// the output directory and returns an exit-1 error on regressions.
func compareBaseline(s streams, o *auditOptions, a *rendermap.Audit) error {
	if o.base == nil {
		return nil
	}
	res, err := diff.Compare(o.base, a, diff.DefaultOptions())
	if err != nil {
		return usageErr("--baseline %s: %v", o.baseline, err)
	}
	if err := diff.WriteText(s.err, res); err != nil {
		return err
	}
	if err := writeDiffMarkdown(filepath.Join(o.out, "diff.md"), res); err != nil {
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

func regressionsErr(res *diff.Result) error {
	if res.Regressions > 0 {
		return withCode(exitAssertions, fmt.Errorf("%d regression(s) against the baseline", res.Regressions))
	}
	return nil
}

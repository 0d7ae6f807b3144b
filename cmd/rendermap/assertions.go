package main

import (
	"context"
	"fmt"
	"io"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/check"
	"github.com/rendermap/rendermap/measure"
)

// assert evaluates the config file's assertions into a.Checks. A failed
// measurement-based assertion gets its route re-measured (up to --retries
// times) before it counts.
func (p *pipeline) assert(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) error {
	if p.o.cfg == nil || len(p.o.cfg.Assertions) == 0 {
		return nil
	}
	rules := p.o.cfg.Rules()
	checks, err := check.Evaluate(a, rules)
	if err != nil {
		return usageErr("assertions: %v", err)
	}
	for try := 0; try < p.o.retries && ctx.Err() == nil; try++ {
		retry := retryPatterns(checks)
		if len(retry) == 0 {
			break
		}
		p.prog.Stage("re-measuring %d route(s) whose timing assertions failed", len(retry))
		p.remeasure(ctx, b, a, retry)
		if checks, err = check.Evaluate(a, rules); err != nil {
			return usageErr("assertions: %v", err)
		}
		markRetried(checks, retry)
	}
	a.Checks = checks
	return nil
}

// retryPatterns lists routes with a failed measurement-based assertion.
func retryPatterns(checks []rendermap.Check) map[string]bool {
	out := map[string]bool{}
	for _, c := range checks {
		if !c.Passed && check.MeasurementBased(c) {
			out[c.Pattern] = true
		}
	}
	return out
}

func markRetried(checks []rendermap.Check, retried map[string]bool) {
	for i := range checks {
		if retried[checks[i].Pattern] && check.MeasurementBased(checks[i]) {
			checks[i].Retried = true
		}
	}
}

// remeasure measures the given routes again and keeps the new timing evidence.
func (p *pipeline) remeasure(ctx context.Context, b rendermap.Browser, a *rendermap.Audit, patterns map[string]bool) {
	sub := &rendermap.Audit{Schema: a.Schema, Site: a.Site, Settings: a.Settings}
	for _, r := range a.Routes {
		if patterns[r.Pattern] {
			sub.Routes = append(sub.Routes, rendermap.Route{Pattern: r.Pattern, Pages: r.Pages, PagesSource: r.PagesSource, Sample: r.Sample})
		}
	}
	opt := p.measureOptions(b)
	opt.Recheck = -1
	if err := measure.Measure(ctx, sub, opt); err != nil {
		return
	}
	for _, nr := range sub.Routes {
		for i := range a.Routes {
			if a.Routes[i].Pattern == nr.Pattern && nr.TTFB.N > 0 {
				adoptTiming(&a.Routes[i], &nr)
			}
		}
	}
	_ = advise.Advise(a, p.facts)
}

// adoptTiming replaces dst's timing with a re-measurement: the statistics
// and each page's raw samples (which diff compares), matched by URL.
func adoptTiming(dst, src *rendermap.Route) {
	dst.TTFB, dst.Server = src.TTFB, src.Server
	fresh := map[string]rendermap.PageResult{}
	for _, pg := range src.Evidence.Pages {
		if pg.Error == "" && len(pg.TTFBMS) > 0 {
			fresh[pg.URL] = pg
		}
	}
	for i := range dst.Evidence.Pages {
		if pg, ok := fresh[dst.Evidence.Pages[i].URL]; ok {
			dst.Evidence.Pages[i].TTFBMS, dst.Evidence.Pages[i].ServerMS = pg.TTFBMS, pg.ServerMS
		}
	}
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

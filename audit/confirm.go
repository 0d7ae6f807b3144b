package audit

import (
	"context"
	"fmt"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/check"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/measure"
	"github.com/rendermap/rendermap/report/diff"
)

// confirm evaluates the assertions of rendermap.yaml into a.Checks and
// compares with the baseline; a route whose measurement-based assertion
// failed, or whose TTFB got worse than the baseline, is measured again
// (up to --retries times) before the failure counts.
func (r *Runner) confirm(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) error {
	if err := r.assert(ctx, b, a); err != nil {
		return err
	}
	for try := 0; r.in.baseline != nil && try < r.cfg.Retries && ctx.Err() == nil; try++ {
		slower := ttfbRegressions(r.in.baseline, a)
		if len(slower) == 0 {
			return nil
		}
		r.prog.Stage("re-measuring %d route(s) slower than the baseline", len(slower))
		if err := r.remeasure(ctx, b, a, slower); err != nil {
			return err
		}
	}
	return nil
}

// assert evaluates the assertions, re-measuring failed timing ones.
func (r *Runner) assert(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) error {
	rules := r.cfg.Rules()
	if len(rules) == 0 {
		return nil
	}
	checks, err := evaluate(a, rules)
	for try := 0; err == nil && try < r.cfg.Retries && ctx.Err() == nil; try++ {
		retry := retryPatterns(checks)
		if len(retry) == 0 {
			break
		}
		r.prog.Stage("re-measuring %d route(s) whose timing assertions failed", len(retry))
		if err = r.remeasure(ctx, b, a, retry); err != nil {
			return err
		}
		checks, err = evaluate(a, rules)
		markRetried(checks, retry)
	}
	a.Checks = checks
	return err
}

func evaluate(a *rendermap.Audit, rules []check.Rule) ([]rendermap.Check, error) {
	checks, err := check.Evaluate(a, rules)
	if err != nil {
		return nil, config.Inputf("assertions: %v", err)
	}
	return checks, nil
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

// remeasure measures the routes of patterns again, without re-fetch
// windows, keeps their new timing and advises again.
func (r *Runner) remeasure(ctx context.Context, b rendermap.Browser, a *rendermap.Audit, patterns map[string]bool) error {
	again := sub(a, func(rt rendermap.Route) bool { return patterns[rt.Pattern] })
	for i, rt := range again.Routes {
		again.Routes[i] = rendermap.NewRoute(rt.Discovery)
	}
	opt := r.measureOptions(b, a)
	opt.Recheck = -1
	if err := measure.Measure(ctx, again, opt); err != nil {
		return nil // stopped: the first measurement stands
	}
	for _, nr := range again.Routes {
		adoptTiming(a, nr)
	}
	if err := advise.Advise(a, r.in.facts); err != nil {
		return fmt.Errorf("advise after re-measuring: %w", err)
	}
	return nil
}

// adoptTiming replaces the timing of a's route of nr's pattern with nr's:
// the statistics and each page's raw samples (which diff compares).
func adoptTiming(a *rendermap.Audit, nr rendermap.Route) {
	if nr.TTFB.N == 0 {
		return
	}
	for i := range a.Routes {
		if a.Routes[i].Pattern == nr.Pattern {
			copyTiming(&a.Routes[i], &nr)
		}
	}
}

func copyTiming(dst, src *rendermap.Route) {
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

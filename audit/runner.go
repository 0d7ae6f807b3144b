package audit

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/measure"
)

// ErrTimeout is the cause of an audit stopped by its --timeout.
var ErrTimeout = errors.New("the --timeout elapsed")

// Runner is one audit whose local inputs have been read.
type Runner struct {
	cfg   *Config
	in    *inputs
	prog  Progress
	pacer measure.Pacer
	// loads keeps discovery's renders for measuring (see rendermap.Loads);
	// nil when this run did not crawl.
	loads *rendermap.Loads
}

// New checks cfg and reads every local input (credentials, URL list,
// routes file, baseline, traffic) before any request, so bad input fails
// fast with a *config.InputError.
func New(cfg Config) (*Runner, error) {
	in, err := load(&cfg)
	if err != nil {
		return nil, err
	}
	r := &Runner{cfg: &cfg, in: in, prog: cfg.Progress}
	if r.prog == nil {
		r.prog = quiet{}
	}
	return r, nil
}

// Run audits the site of cfg: New, then Runner.Run.
func Run(ctx context.Context, cfg Config) (*rendermap.Audit, error) {
	r, err := New(cfg)
	if err != nil {
		return nil, err
	}
	return r.Run(ctx)
}

// Secrets lists the credential values, which outputs must redact.
func (r *Runner) Secrets() []string { return r.in.creds.Secrets() }

// Baseline returns the audit read from --baseline, or nil.
func (r *Runner) Baseline() *rendermap.Audit { return r.in.baseline }

// Run discovers (or takes the shared routes, or continues the resumed
// audit), measures what is not measured yet, advises, evaluates the
// assertions and confirms regressions against the baseline. The audit
// returned holds whatever was measured even when err != nil; it is nil
// only when the site did not answer or no browser could be opened.
func (r *Runner) Run(ctx context.Context) (*rendermap.Audit, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, r.cfg.Timeout, ErrTimeout)
	defer cancel()
	if err := checkReachable(ctx, r.cfg.Site.String(), r.cfg.UserAgentString()); err != nil {
		return nil, err
	}
	b, closeBrowser, err := r.browser(ctx)
	if err != nil {
		return nil, err
	}
	defer closeBrowser()
	a := r.start()
	if err := r.discover(ctx, b, a); err != nil {
		r.finish(ctx, a)
		return a, err
	}
	r.measureMissing(ctx, b, a)
	noteRestarts(a, b)
	r.finish(ctx, a)
	if err := r.advise(a); err != nil {
		return a, err
	}
	return a, r.confirm(ctx, b, a)
}

// start returns the audit to fill: a new one, or the one being resumed.
func (r *Runner) start() *rendermap.Audit {
	if a := r.cfg.Resumed; a != nil {
		a.Complete, a.IncompleteReason = true, ""
		return a
	}
	return &rendermap.Audit{
		Schema:    rendermap.SchemaVersion,
		Tool:      rendermap.Tool{Name: "rendermap", Version: r.cfg.Version},
		Site:      rendermap.Site{Origin: r.cfg.origin()},
		Settings:  r.cfg.Record(),
		StartedAt: r.cfg.now().UTC().Format(time.RFC3339),
		Complete:  true,
		Routes:    []rendermap.Route{},
		Warnings:  []rendermap.Warning{},
	}
}

// finish stamps the audit and marks it incomplete when ctx ended early.
func (r *Runner) finish(ctx context.Context, a *rendermap.Audit) {
	a.FinishedAt = r.cfg.now().UTC().Format(time.RFC3339)
	sort.Slice(a.Routes, func(i, j int) bool { return a.Routes[i].Pattern < a.Routes[j].Pattern })
	if cause := context.Cause(ctx); ctx.Err() != nil {
		a.Complete = false
		a.IncompleteReason = cause.Error()
	}
}

// advise runs the cost model; an incomplete audit is advised, then reported as an error.
func (r *Runner) advise(a *rendermap.Audit) error {
	began := time.Now()
	defer func() { a.Timings().Advise = rendermap.Seconds(time.Since(began)) }()
	if err := advise.Advise(a, r.in.facts); err != nil {
		return fmt.Errorf("advise: %w", err)
	}
	if !a.Complete {
		return fmt.Errorf("audit incomplete: %s", a.IncompleteReason)
	}
	return nil
}

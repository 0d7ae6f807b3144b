package audit

import (
	"context"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/polite"
	"github.com/rendermap/rendermap/measure"
)

// measureMissing measures the routes that hold no finished measurement:
// every route of a new audit, the rest of an interrupted one.
func (r *Runner) measureMissing(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) {
	todo := sub(a, func(rt rendermap.Route) bool { return !measured(rt) })
	if len(todo.Routes) == len(a.Routes) {
		opt := r.measureOptions(b, a)
		opt.Earlier = r.loads
		r.measure(ctx, b, a, opt)
		return
	}
	r.prog.Stage("resuming: %d of %d route patterns were measured before", len(a.Routes)-len(todo.Routes), len(a.Routes))
	r.measure(ctx, b, todo, r.measureOptions(b, a))
	replace(a, todo.Routes)
	a.Warnings = append(a.Warnings, todo.Warnings...)
}

// measured reports whether a route's measurement finished: it has pages
// and the stop of an earlier run cut none of them short.
func measured(rt rendermap.Route) bool {
	if len(rt.Evidence.Pages) == 0 {
		return false
	}
	for _, p := range rt.Evidence.Pages {
		if p.Interrupted {
			return false
		}
	}
	return true
}

// measure runs measure.Measure over a's routes; a failure other than the
// stop becomes a warning, as every URL's own failure is data.
func (r *Runner) measure(ctx context.Context, b rendermap.Browser, a *rendermap.Audit, opt measure.Options) {
	r.prog.Stage("measuring %d route patterns", len(a.Routes))
	err := measure.Measure(ctx, a, opt)
	r.prog.Done()
	if err != nil && ctx.Err() == nil {
		a.Warnings = append(a.Warnings, rendermap.Warning{Source: "measure", Message: err.Error()})
	}
}

// measureOptions are the settings' measuring options, paced by the
// site's Crawl-delay.
func (r *Runner) measureOptions(b rendermap.Browser, a *rendermap.Audit) measure.Options {
	opt := r.cfg.Measure(r.cfg.origin(), b, r.in.creds)
	opt.Now = r.cfg.Now
	if d := a.Site.CrawlDelaySeconds; d > 0 && r.pacer == nil {
		r.pacer = polite.NewPacer(time.Duration(d * float64(time.Second)))
	}
	opt.Pacer = r.pacer
	opt.Progress = func(p measure.Progress) { r.prog.Steps(p.Steps, p.StepsTotal, "%s", p.String()) }
	return opt
}

// sub returns an audit of a's site holding the routes keep selects.
func sub(a *rendermap.Audit, keep func(rendermap.Route) bool) *rendermap.Audit {
	out := &rendermap.Audit{Schema: a.Schema, Site: a.Site, Settings: a.Settings}
	for _, rt := range a.Routes {
		if keep(rt) {
			out.Routes = append(out.Routes, rt)
		}
	}
	return out
}

// replace puts each route of routes in place of a's route of its pattern.
func replace(a *rendermap.Audit, routes []rendermap.Route) {
	byPattern := map[string]rendermap.Route{}
	for _, rt := range routes {
		byPattern[rt.Pattern] = rt
	}
	for i, rt := range a.Routes {
		if nr, ok := byPattern[rt.Pattern]; ok {
			a.Routes[i] = nr
		}
	}
}

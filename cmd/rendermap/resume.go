package main

import (
	"context"
	"path/filepath"
	"strings"

	"github.com/rendermap/rendermap"
)

// loadResume reads DIR/audit.json for --resume; it must be an incomplete audit.
func loadResume(dir string) (*rendermap.Audit, error) {
	path := filepath.Join(dir, "audit.json")
	a, err := readAudit(path, nil)
	if err != nil {
		return nil, err
	}
	if a.Complete {
		return nil, usageErr("--resume %s: that audit is already complete; start a new one without --resume", dir)
	}
	return a, nil
}

// measured reports whether a route's measurement finished: every sampled
// URL was rendered or failed for a reason of its own (not the interrupt).
func measured(r rendermap.Route) bool {
	if len(r.Evidence.Pages) == 0 {
		return false
	}
	for _, p := range r.Evidence.Pages {
		if p.Error == "" && p.Timing == nil || cancelled(p.Error) {
			return false
		}
	}
	return true
}

// cancelled reports whether a page error came from stopping the audit.
func cancelled(msg string) bool {
	return strings.Contains(msg, "context canceled") || strings.Contains(msg, "deadline exceeded") || strings.Contains(msg, "interrupted")
}

// measureMissing measures the routes that hold no measurements yet: every
// route of a new audit, the rest of an interrupted one.
func (p *pipeline) measureMissing(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) {
	todo := &rendermap.Audit{Schema: a.Schema, Site: a.Site, Settings: a.Settings}
	for _, r := range a.Routes {
		if !measured(r) {
			todo.Routes = append(todo.Routes, r)
		}
	}
	if len(todo.Routes) == len(a.Routes) {
		p.measure(ctx, b, a)
		return
	}
	p.prog.Stage("resuming: %d of %d route patterns were measured before", len(a.Routes)-len(todo.Routes), len(a.Routes))
	p.measure(ctx, b, todo)
	byPattern := map[string]rendermap.Route{}
	for _, r := range todo.Routes {
		byPattern[r.Pattern] = r
	}
	for i, r := range a.Routes {
		if nr, ok := byPattern[r.Pattern]; ok {
			a.Routes[i] = nr
		}
	}
	a.Warnings = append(a.Warnings, todo.Warnings...)
}

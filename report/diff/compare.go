package diff

import (
	"fmt"
	"sort"

	"github.com/rendermap/rendermap"
)

// The change kinds, in the order they are listed for a route.
const (
	KindRemoved         = "removed"
	KindAdded           = "added"
	KindTTFB            = "ttfb"
	KindCache           = "cache"
	KindPersonalization = "personalization"
	KindStrategy        = "strategy"
)

// The change directions.
const (
	Worse   = "worse"
	Better  = "better"
	Changed = "changed"
)

// Options tune when a TTFB shift counts. Zero fields take the defaults.
type Options struct {
	// Alpha is the significance level of the two-sided test (default 0.05).
	Alpha float64
	// MinEffectMS is the smallest median shift that counts (default 20 ms).
	MinEffectMS float64
	// MinEffectRatio is the smallest shift relative to the base median (default 0.10).
	MinEffectRatio float64
}

// DefaultOptions returns the defaults: p < 0.05 and a shift of more than
// 20 ms and more than 10% of the base median.
func DefaultOptions() Options {
	return Options{Alpha: 0.05, MinEffectMS: 20, MinEffectRatio: 0.10}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Alpha <= 0 || o.Alpha >= 1 {
		o.Alpha = d.Alpha
	}
	if o.MinEffectMS <= 0 {
		o.MinEffectMS = d.MinEffectMS
	}
	if o.MinEffectRatio <= 0 {
		o.MinEffectRatio = d.MinEffectRatio
	}
	return o
}

// Change is one difference for one route.
type Change struct {
	Pattern string
	// Kind is ttfb, cache, personalization, strategy, added or removed.
	Kind string
	// Direction is worse, better or changed; only worse is a regression.
	Direction string
	// Message states the change in one sentence.
	Message string
	// PValue is the Mann-Whitney p-value (ttfb only).
	PValue float64
	// BaseMS and HeadMS are the median TTFBs (ttfb only).
	BaseMS, HeadMS float64
}

// Result is the comparison of a base audit with a head audit.
type Result struct {
	// Base and Head are the audited origins.
	Base, Head string
	// Changes are sorted by pattern, then kind, then message.
	Changes []Change
	// Regressions counts the changes whose Direction is worse.
	Regressions int
	// Notes are caveats such as different origins or incomplete audits.
	Notes []string
	// Options are the thresholds used.
	Options Options
}

// Compare lists per route what changed from base to head. Audits of
// different schema versions are refused; different origins are allowed
// and noted.
func Compare(base, head *rendermap.Audit, opt Options) (*Result, error) {
	if base == nil || head == nil {
		return nil, fmt.Errorf("compare audits: both audits are needed")
	}
	if base.Schema != head.Schema {
		return nil, fmt.Errorf("compare audits: base is %q but head is %q; re-run the older audit with this rendermap", base.Schema, head.Schema)
	}
	opt = opt.withDefaults()
	r := &Result{Base: base.Site.Origin, Head: head.Site.Origin, Options: opt, Notes: notes(base, head)}
	baseRoutes, headRoutes := byPattern(base), byPattern(head)
	for _, p := range patterns(baseRoutes, headRoutes) {
		r.Changes = append(r.Changes, compareRoute(p, baseRoutes[p], headRoutes[p], opt)...)
	}
	sortChanges(r.Changes)
	for _, c := range r.Changes {
		if c.Direction == Worse {
			r.Regressions++
		}
	}
	return r, nil
}

func notes(base, head *rendermap.Audit) []string {
	var out []string
	if base.Site.Origin != head.Site.Origin {
		out = append(out, fmt.Sprintf("The audits are of different origins (%s and %s); routes are matched by pattern.", base.Site.Origin, head.Site.Origin))
	}
	if !base.Complete {
		out = append(out, "The base audit is incomplete: "+orDash(base.IncompleteReason)+".")
	}
	if !head.Complete {
		out = append(out, "The head audit is incomplete: "+orDash(head.IncompleteReason)+"; routes it did not reach show as removed.")
	}
	return out
}

func orDash(s string) string {
	if s == "" {
		return "no reason given"
	}
	return s
}

func byPattern(a *rendermap.Audit) map[string]*rendermap.Route {
	m := make(map[string]*rendermap.Route, len(a.Routes))
	for i := range a.Routes {
		m[a.Routes[i].Pattern] = &a.Routes[i]
	}
	return m
}

func patterns(a, b map[string]*rendermap.Route) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]*rendermap.Route{a, b} {
		for p := range m {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}

var kindOrder = map[string]int{KindRemoved: 0, KindAdded: 1, KindTTFB: 2, KindCache: 3, KindPersonalization: 4, KindStrategy: 5}

func sortChanges(cs []Change) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Pattern != b.Pattern {
			return a.Pattern < b.Pattern
		}
		if kindOrder[a.Kind] != kindOrder[b.Kind] {
			return kindOrder[a.Kind] < kindOrder[b.Kind]
		}
		return a.Message < b.Message
	})
}

package report

import (
	"cmp"
	"slices"

	"github.com/rendermap/rendermap"
)

// sortedRoutes returns pointers to a's routes sorted by pattern.
func sortedRoutes(a *rendermap.Audit) []*rendermap.Route {
	out := make([]*rendermap.Route, len(a.Routes))
	for i := range a.Routes {
		out[i] = &a.Routes[i]
	}
	slices.SortStableFunc(out, func(x, y *rendermap.Route) int { return cmp.Compare(x.Pattern, y.Pattern) })
	return out
}

// costOf finds the modelled cost of strategy s for r: the recommendation's
// own cost or one of its alternatives.
func costOf(r *rendermap.Route, s rendermap.Strategy) (rendermap.Cost, bool) {
	if rec := r.Recommendation; rec.Strategy == s && rec.Cost != nil {
		return *rec.Cost, true
	}
	for _, alt := range r.Alternatives {
		if alt.Strategy == s {
			return alt.Cost, true
		}
	}
	return rendermap.Cost{}, false
}

// visitsPerDay is the model's visits input for r, or 0 when unknown.
func visitsPerDay(r *rendermap.Route) float64 {
	if r.Inputs == nil || bad(r.Inputs.VisitsPerDay.Value) {
		return 0
	}
	return r.Inputs.VisitsPerDay.Value
}

// mixRow counts routes and pages per strategy, today and recommended.
type mixRow struct {
	Strategy             string
	NowRoutes, RecRoutes int
	NowPages, RecPages   int
}

// PagesLabel formats a page count for display.
func (m mixRow) PagesLabel(n int) string { return fmtInt(int64(n)) }

// strategyMix returns one row per strategy (plus "unknown" when present),
// in the stable order of rendermap.Strategies.
func strategyMix(a *rendermap.Audit) []mixRow {
	rows := make([]mixRow, 0, len(rendermap.Strategies)+1)
	for _, s := range append(slices.Clone(rendermap.Strategies), "") {
		row := mixRow{Strategy: strategyLabel(s, 0)}
		for _, r := range a.Routes {
			if r.Current.Strategy == s {
				row.NowRoutes++
				row.NowPages += r.Discovery.Pages
			}
			if r.Recommendation.Strategy == s {
				row.RecRoutes++
				row.RecPages += r.Discovery.Pages
			}
		}
		if s != "" || row.NowRoutes+row.RecRoutes > 0 {
			rows = append(rows, row)
		}
	}
	return rows
}

// totalPages sums the pages of every route.
func totalPages(a *rendermap.Audit) int {
	n := 0
	for _, r := range a.Routes {
		n += r.Discovery.Pages
	}
	return n
}

// ttfbSamples returns r's TTFB samples: the aggregate ones when recorded,
// else those of each measured page.
func ttfbSamples(r *rendermap.Route) []float64 {
	if len(r.TTFB.Samples) > 0 {
		return finite(r.TTFB.Samples)
	}
	var out []float64
	for _, p := range r.Evidence.Pages {
		out = append(out, p.TTFBMS...)
	}
	return finite(out)
}

func finite(xs []float64) []float64 {
	out := make([]float64, 0, len(xs))
	for _, x := range xs {
		if !bad(x) && x >= 0 {
			out = append(out, x)
		}
	}
	return out
}

// sortedKeys returns the keys of m in order, so output never depends on map
// iteration order.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

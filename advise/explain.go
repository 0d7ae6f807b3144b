package advise

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// reasons explains the pick o, whose decision is dec, each sentence citing
// its evidence.
func reasons(r *rendermap.Route, g gathered, o option, dec string) []string {
	out := []string{string(o.s) + ": " + dec, inputsReason(g), freshnessReason(o, g)}
	out = append(out, evidenceReasons(r, g)...)
	if o.s == rendermap.SSR {
		if s := sharedCacheNote(r); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// decision says why the pick, without naming it: what ruled out each
// strategy closer to the edge, and what serving it this way is.
func decision(opts []option, ch choice) string {
	o := opts[ch.best]
	var ruled []string
	for _, x := range ch.order[:ch.rank(ch.best)] {
		ruled = append(ruled, ruledOut(opts, ch, x))
	}
	if len(ruled) == 0 {
		return servedHow(o) + "; nothing rules it out and nothing further from the edge costs materially less"
	}
	return fmt.Sprintf("the strategy closest to the edge that this content allows, %s: %s", servedHow(o), strings.Join(ruled, "; "))
}

// ruledOut says why option x, closer to the edge than the pick, lost.
func ruledOut(opts []option, ch choice, x int) string {
	o := opts[x]
	if !o.c.Feasible {
		return fmt.Sprintf("%s is ruled out because %s", o.s, o.c.Infeasible)
	}
	l := ch.lost[x]
	y := opts[l.to]
	if l.dim == "deploys" {
		return fmt.Sprintf("static would need %s builds a day, more than %.0f%% of the %s deploys a day, where %s needs none",
			num(o.c.EventsPerDay), MaterialDeployShare*100, num(ch.deploys), y.s)
	}
	return fmt.Sprintf("%s would cost %s (%s %s/day), %s more than %s: materially more", o.s, secs(o.c.ComputeSecondsPerDay),
		num(o.c.EventsPerDay), eventName(o.s), secs(o.c.ComputeSecondsPerDay-y.c.ComputeSecondsPerDay), y.s)
}

// servedHow says where a strategy serves views from.
func servedHow(o option) string {
	switch o.s {
	case rendermap.Static:
		return "pre-rendered at build and served from the edge"
	case rendermap.ISR:
		return fmt.Sprintf("served from the edge and regenerated at most every %s (%.0f%% of views hit the cache)", human(o.T.Seconds()), o.c.HitRatio*100)
	case rendermap.Client:
		return "a shell from the edge, with the data fetched from the origin on every view"
	}
	return "rendered at the origin on every view"
}

func eventName(s rendermap.Strategy) string {
	switch s {
	case rendermap.Static:
		return "builds"
	case rendermap.ISR:
		return "regenerations"
	case rendermap.Client:
		return "API calls"
	}
	return "renders"
}

func inputsReason(g gathered) string {
	mi := g.mi
	return fmt.Sprintf("inputs: %s pages (%s), %s views/day (%s), render %s (%s, %d samples), %s changes per page per day (%s)",
		num(mi.Pages.Value), mi.Pages.Source, num(mi.VisitsPerDay.Value), mi.VisitsPerDay.Source,
		human(mi.RenderSeconds.Value), mi.RenderSeconds.Source, g.renderN,
		num(mi.ChangesPerDay.Value), mi.ChangesPerDay.Source)
}

func freshnessReason(o option, g gathered) string {
	b := fmt.Sprintf("the %s freshness budget (%s)", human(g.in.BudgetSeconds), g.mi.FreshnessBudgetSec.Source)
	switch {
	case o.s == rendermap.ISR && g.in.SiteInterval == o.T.Seconds():
		return fmt.Sprintf("revalidate %s is the site's own interval, and its worst staleness (interval + one render = %s) fits %s",
			human(o.T.Seconds()), human(o.c.StalenessWorstS), b)
	case o.s == rendermap.ISR:
		return fmt.Sprintf("revalidate %s is the largest interval whose worst staleness (interval + one render = %s) fits %s",
			human(o.T.Seconds()), human(o.c.StalenessWorstS), b)
	case o.s == rendermap.Static:
		return fmt.Sprintf("a change is live within %s (deploy batching + build of %s), inside %s", human(o.c.StalenessWorstS), human(o.c.BuildSeconds), b)
	}
	if o.s == rendermap.Client {
		return "the browser fetches the data on every view, so content is never stale"
	}
	return "every view is rendered fresh, so content is never stale"
}

func evidenceReasons(r *rendermap.Route, g gathered) []string {
	var out []string
	p := r.Personalized
	switch {
	case g.in.Personalized:
		out = append(out, fmt.Sprintf("the page is personalized: %.0f%% of its text differs between sessions%s (measured)", p.DiffFraction*100, signals(p.Signals)))
	case island(r):
		out = append(out, fmt.Sprintf("only %.0f%% of the text differs between sessions (%s): render that island in the browser", p.DiffFraction*100, strings.Join(p.Where, ", ")))
	}
	if g.in.OpenURLSpace {
		out = append(out, fmt.Sprintf("the URL space is open: query keys %s take any value and the sitemap lists none, so a cached copy is rarely reused", strings.Join(r.QueryKeys, ", ")))
	}
	if g.in.ClientRendered {
		out = append(out, clientReason(r))
	}
	return append(out, indexReason(r, g))
}

func signals(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return " (" + strings.Join(s, "; ") + ")"
}

func clientReason(r *rendermap.Route) string {
	cr := r.ClientRender
	s := fmt.Sprintf("%.0f%% of the text exists only after scripts run", cr.ScriptOnlyFraction*100)
	if len(cr.EmptyMounts) > 0 {
		s += ", empty mount " + strings.Join(cr.EmptyMounts, ", ")
	}
	if len(cr.DataRequests) > 0 {
		s += ", data from " + cr.DataRequests[0].URL
	}
	return s + " (measured)"
}

func indexReason(r *rendermap.Route, g gathered) string {
	if g.in.Indexable {
		return "search engines should see it: listed in the sitemap without noindex"
	}
	if r.InSitemap {
		return "marked noindex, so client rendering carries no indexing penalty"
	}
	return "not listed in the sitemap, so client rendering carries no indexing penalty"
}

// sharedCacheNote says when a shared cache in front turns ssr into isr.
func sharedCacheNote(r *rendermap.Route) string {
	c := r.Cache
	if !c.StorableShared || c.FreshnessSeconds <= 0 {
		return ""
	}
	return fmt.Sprintf("a shared cache may store it (%s), so in practice ssr here behaves like isr with a %s interval", c.CacheControl, human(float64(c.FreshnessSeconds)))
}

// whyNot says in one sentence why alternative i lost to the pick, and
// names the dimension that decided.
func whyNot(opts []option, i int, ch choice) (string, string) {
	o, best := opts[i], opts[ch.best]
	if !o.c.Feasible {
		return "infeasible: " + o.c.Infeasible, "feasibility"
	}
	if l, ok := ch.lost[i]; ok {
		return ruledOut(opts, ch, i), l.dim
	}
	extra := o.c.ComputeSecondsPerDay - best.c.ComputeSecondsPerDay
	if extra < 0 {
		return fmt.Sprintf("further from the edge than %s and only %s cheaper, not a material amount: %s",
			best.s, secs(-extra), farVisitor(o, best)), "edge"
	}
	return fmt.Sprintf("further from the edge than %s and no cheaper: %s", best.s, farVisitor(o, best)), "edge"
}

// farVisitor compares what a visitor an ocean away waits for.
func farVisitor(o, best option) string {
	if o.c.Visitors == nil || best.c.Visitors == nil {
		return "views would reach the origin more often"
	}
	return fmt.Sprintf("a visitor an ocean away would wait %s ms for the first byte instead of %s ms",
		num(o.c.Visitors.FarMS), num(best.c.Visitors.FarMS))
}

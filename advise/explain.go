package advise

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// reasons explains the pick, each sentence citing its evidence.
func reasons(r *rendermap.Route, g gathered, opts []option, ch choice) []string {
	o := opts[ch.best]
	out := []string{costReason(opts, ch, r), inputsReason(g)}
	out = append(out, freshnessReason(o, g))
	out = append(out, evidenceReasons(r, g)...)
	if o.s == rendermap.SSR {
		if s := sharedCacheNote(r); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func costReason(opts []option, ch choice, r *rendermap.Route) string {
	o, low := opts[ch.best], opts[ch.cheapest]
	switch {
	case ch.kept && ch.best != ch.cheapest:
		return fmt.Sprintf("%s is how the route is served today (%s); switching to %s would save only %s, below the materiality threshold (%g compute-s/day and %g%%)",
			o.s, currentEvidence(r), low.s, secs(o.c.ComputeSecondsPerDay-low.c.ComputeSecondsPerDay), MaterialSeconds, MaterialFraction*100)
	case ch.best != ch.cheapest:
		return fmt.Sprintf("%s costs %s, within the materiality threshold of the cheapest (%s at %s), and delivers content from %s",
			o.s, secs(o.c.ComputeSecondsPerDay), low.s, secs(low.c.ComputeSecondsPerDay), servedFrom(o))
	}
	return fmt.Sprintf("%s is the cheapest feasible strategy at %s (%s %s/day)%s",
		o.s, secs(o.c.ComputeSecondsPerDay), num(o.c.EventsPerDay), eventName(o.s), keptSuffix(ch))
}

func keptSuffix(ch choice) string {
	if ch.kept {
		return " and matches how the route is served today"
	}
	return ""
}

func currentEvidence(r *rendermap.Route) string {
	if len(r.Current.Evidence) > 0 {
		return r.Current.Evidence[0]
	}
	if clientRendered(r) {
		return fmt.Sprintf("%.0f%% of the text appears only after scripts run", r.ClientRender.ScriptOnlyFraction*100)
	}
	return "inferred from response headers"
}

func servedFrom(o option) string {
	if o.s == rendermap.Static || (o.s == rendermap.ISR && o.c.HitRatio >= 0.5) {
		return "the edge"
	}
	return "the origin on every view"
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
	switch o.s {
	case rendermap.ISR:
		return fmt.Sprintf("revalidate %s is the largest interval whose worst staleness (interval + one render = %s) fits %s",
			human(o.T.Seconds()), human(o.c.StalenessWorstS), b)
	case rendermap.Static:
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

// whyNot says in one sentence why an alternative lost to the pick.
func whyNot(o, best option, ch choice) string {
	if !o.c.Feasible {
		return "infeasible: " + o.c.Infeasible
	}
	diff := o.c.ComputeSecondsPerDay - best.c.ComputeSecondsPerDay
	if material(diff, o.c.ComputeSecondsPerDay) {
		return fmt.Sprintf("costs %s, %s more than %s", secs(o.c.ComputeSecondsPerDay), secs(diff), best.s)
	}
	why := "it delivers content faster or from the edge"
	if ch.kept {
		why = "it is how the route is served today"
	}
	return fmt.Sprintf("costs %s, a difference from %s too small to matter; %s is preferred because %s", secs(o.c.ComputeSecondsPerDay), best.s, best.s, why)
}

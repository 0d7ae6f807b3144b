package report

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// routeSection is the evidence shown for one route.
type routeSection struct {
	ID, Pattern, Pages, PagesSource string
	Examples, QueryKeys             []string
	Grouping                        string
	Rec, RecClass                   string
	Confidence                      string
	Island, Changed                 bool
	Reasons                         []string
	Current                         string
	CurrentEvidence                 []string
	TTFB, Server                    []kv
	TTFBChart, CostChart            *chartView
	Cache                           []kv
	CacheNotes                      []rendermap.Note
	CDN                             []kv
	Personal                        []kv
	Excerpt                         string
	Volatility, Client              []kv
	DataRequests                    []string
	ConfigID                        string
	Measured                        []pageView
	Costs                           []costRow
	// ShowMoney is true when some strategy's cost is priced.
	ShowMoney bool
	BreakEven []rendermap.BreakEven
	Inputs    []inputRow
}

type pageView struct {
	URL, Status, Error, Title, Timing string
	Headers                           []kv
}

type costRow struct {
	Label, Compute, Money, Staleness, TTFB, Requests, Feasible, WhyNot string
	Chosen, Today, Known                                               bool
}

type inputRow struct{ Name, Value, Source string }

func routeSections(a *rendermap.Audit, configIDs map[*rendermap.Route]string) ([]routeSection, error) {
	var out []routeSection
	for i, r := range sortedRoutes(a) {
		s, err := routeView(i, r)
		if err != nil {
			return nil, fmt.Errorf("route %s: %w", r.Pattern, err)
		}
		s.ConfigID = configIDs[r]
		out = append(out, s)
	}
	return out, nil
}

func routeView(i int, r *rendermap.Route) (routeSection, error) {
	rec := r.Recommendation
	s := routeSection{
		ID: routeID(i), Pattern: r.Pattern, Pages: pagesLabel(&r.Discovery), PagesSource: r.PagesSource,
		Examples: r.Examples, QueryKeys: r.QueryKeys, Grouping: groupingNote(r.Grouping),
		Rec: recommendedLabel(rec), RecClass: string(rec.Strategy), Confidence: orDash(rec.Confidence), Island: rec.ClientIsland, Reasons: rec.Reasons,
		Changed: rec.Strategy != "" && rec.Strategy != r.Current.Strategy,
		Current: strategyLabel(r.Current.Strategy, r.Current.RevalidateSeconds), CurrentEvidence: r.Current.Evidence,
		TTFB: ttfbView(r), Server: statsView(r.Server),
		Cache: cacheView(r.Cache), CacheNotes: r.Cache.Notes, CDN: cdnView(r.CDN),
		Personal: personalView(r.Personalized), Excerpt: r.Personalized.Excerpt,
		Volatility: volatilityView(r.Volatility), Client: clientView(r.ClientRender), DataRequests: dataRequests(r.ClientRender),
		Measured: pageViews(r), Costs: costRows(r), BreakEven: r.BreakEven, Inputs: inputRows(r.Inputs),
	}
	for _, c := range s.Costs {
		s.ShowMoney = s.ShowMoney || c.Money != ""
	}
	var err error
	if s.TTFBChart, err = ttfbChart(r); err != nil {
		return s, fmt.Errorf("ttfb chart: %w", err)
	}
	if s.CostChart, err = costChart(r); err != nil {
		return s, fmt.Errorf("cost chart: %w", err)
	}
	return s, nil
}

// groupingNote says why discovery grouped the route's URLs: "by URL shape
// (medium confidence): URL shape; 1 page rendered".
func groupingNote(g *rendermap.Grouping) string {
	if g == nil || g.By == "" {
		return ""
	}
	by := map[string]string{"url": "URL shape", "template": "page template", "framework": "the framework's route data", "pinned": "your config"}[g.By]
	s := "grouped by " + orDash(by)
	if g.Confidence != "" {
		s += " (" + g.Confidence + " confidence)"
	}
	if g.Evidence != "" {
		s += ": " + g.Evidence
	}
	return s
}

// ttfbView is the TTFB statistics plus the network round trip, when
// measured.
func ttfbView(r *rendermap.Route) []kv {
	out := statsView(r.TTFB)
	if n := r.Network; n != nil && n.N > 0 && len(out) > 0 {
		out = append(out, kv{"network round trip p50", fmtMS(n.P50) + " ms"})
	}
	return out
}

func statsView(s rendermap.Stats) []kv {
	if s.N == 0 {
		return nil
	}
	out := []kv{{"samples", fmt.Sprint(s.N)}, {"p50", fmtMS(s.P50) + " ms"}, {"p95", fmtMS(s.P95) + " ms"}, {"min–max", fmtMS(s.Min) + "–" + fmtMS(s.Max) + " ms"}}
	if len(s.CI95) == 2 {
		out = append(out, kv{"95% CI of p50", fmtMS(s.CI95[0]) + "–" + fmtMS(s.CI95[1]) + " ms"})
	}
	return out
}

func cacheView(c rendermap.Cache) []kv {
	return []kv{
		{"verdict", orDash(c.Verdict)},
		{"Cache-Control", orDash(c.CacheControl)},
		{"freshness", fmtDur(float64(c.FreshnessSeconds)) + " (" + orDash(c.FreshnessSource) + ")"},
		{"stale-while-revalidate", fmtDur(float64(c.StaleWhileRevalidateSeconds))},
		{"storable by shared / private caches", yesNo(c.StorableShared) + " / " + yesNo(c.StorablePrivate)},
		{"Vary", orDash(c.Vary)},
		{"sets a cookie", yesNo(c.SetCookie)},
		{"validators", orDash(c.Validators)},
	}
}

func cdnView(c rendermap.CDN) []kv {
	if c.Provider == "" && len(c.Statuses) == 0 {
		return nil
	}
	out := []kv{{"provider", orDash(c.Provider)}}
	var st []string
	for _, k := range sortedKeys(c.Statuses) {
		st = append(st, fmt.Sprintf("%s %d", k, c.Statuses[k]))
	}
	out = append(out, kv{"cache statuses", orDash(strings.Join(st, ", "))})
	if c.EdgeTTFB != nil {
		out = append(out, kv{"edge TTFB p50", fmtMS(c.EdgeTTFB.P50) + " ms"})
	}
	if c.OriginTTFB != nil {
		out = append(out, kv{"origin TTFB p50", fmtMS(c.OriginTTFB.P50) + " ms"})
	}
	return out
}

func personalView(p rendermap.Personalization) []kv {
	return []kv{
		{"personalized", yesNo(p.Personalized)},
		{"text differing between sessions", fmtPct(p.DiffFraction)},
		{"where", orDash(strings.Join(p.Where, ", "))},
		{"signals", orDash(strings.Join(p.Signals, "; "))},
	}
}

func volatilityView(v rendermap.Volatility) []kv {
	rate := fmtRate(v.ChangesPerDay)
	if v.UpperBound {
		rate = "at most " + rate + " (no change seen)"
	}
	out := []kv{
		{"each page changes", rate},
		{"changed on re-fetch", fmt.Sprintf("%d of %d", v.ChangedOnRecheck, v.Rechecked)},
		{"source", orDash(v.Source)},
	}
	if len(v.Sources) > 0 {
		out[2].Value = strings.Join(v.Sources, ", ")
	}
	if len(v.ChangesPerDayCI) == 2 {
		out = append(out, kv{"95% interval, per day", fmtRead(v.ChangesPerDayCI[0]) + "–" + fmtRead(v.ChangesPerDayCI[1])})
	}
	if v.Clock == "shared" {
		out = append(out, kv{"clock", "pages change together"})
	}
	if v.TokenChurnPages > 0 {
		out = append(out, kv{"token-only changes", plural(v.TokenChurnPages, "page") + " changed only in tokens or timestamps (not counted)"})
	}
	return out
}

func clientView(c rendermap.ClientRender) []kv {
	out := []kv{
		{"text only present after scripts", fmtPct(c.ScriptOnlyFraction)},
		{"empty mount nodes", orDash(strings.Join(c.EmptyMounts, ", "))},
		{"data requests", dataCount(len(c.DataRequests))},
	}
	if c.NavigationRequests > 0 {
		out = append(out, kv{"navigation prefetches", plural(c.NavigationRequests, "request") + " for other pages (not this page's data)"})
	}
	return out
}

func dataCount(n int) string {
	if n == 0 {
		return "none"
	}
	return fmt.Sprint(n)
}

// maxDataRequests caps the data requests listed per route.
const maxDataRequests = 6

func dataRequests(c rendermap.ClientRender) []string {
	var out []string
	for i, d := range c.DataRequests {
		if i == maxDataRequests {
			out = append(out, fmt.Sprintf("and %d more (see audit.json)", len(c.DataRequests)-i))
			break
		}
		out = append(out, fmt.Sprintf("%s → %d in %s ms", d.URL, d.Status, fmtMS(d.DurationMS)))
	}
	return out
}

func pageViews(r *rendermap.Route) []pageView {
	var out []pageView
	for _, p := range r.Evidence.Pages {
		v := pageView{URL: p.URL, Status: fmt.Sprint(p.Status), Error: p.Error, Title: p.Title}
		if p.FCPMS > 0 || p.LCPMS > 0 {
			v.Timing = "FCP " + fmtMS(p.FCPMS) + " ms, LCP " + fmtMS(p.LCPMS) + " ms"
		}
		for _, k := range sortedKeys(p.Headers) {
			v.Headers = append(v.Headers, kv{k, p.Headers[k]})
		}
		out = append(out, v)
	}
	return out
}

func costRows(r *rendermap.Route) []costRow {
	var out []costRow
	for _, sc := range strategyCosts(r) {
		row := costRow{Label: sc.Label, Chosen: sc.Chosen, Today: sc.Today, Known: sc.Known, WhyNot: sc.WhyNot}
		if sc.Known {
			c := sc.Cost
			row.Compute, row.TTFB, row.Feasible = fmtRead(c.ComputeSecondsPerDay), costTTFB(c), yesNo(c.Feasible)
			row.Requests = fmtRead(c.OriginRequestsPerDay)
			row.Staleness = staleLabel(c.StalenessExpectedS) + " / " + staleLabel(c.StalenessWorstS)
			if c.Money > 0 {
				row.Money = fmtRead(c.Money)
			}
		}
		out = append(out, row)
	}
	return out
}

// staleLabel is a staleness for the cost table: "none" for always fresh.
func staleLabel(sec float64) string {
	if sec < 0.5 {
		return "none"
	}
	return fmtDur(sec)
}

// costTTFB is the near / far visitor's first byte under the audience
// model, or the model's single TTFB in older audits.
func costTTFB(c rendermap.Cost) string {
	if v := c.Visitors; v != nil {
		return fmtMS(v.NearMS) + " / " + fmtMS(v.FarMS) + " ms"
	}
	return fmtMS(c.TTFBMS) + " ms"
}

func inputRows(in *rendermap.ModelInputs) []inputRow {
	if in == nil {
		return nil
	}
	row := func(name string, v rendermap.Input, f func(float64) string) inputRow {
		return inputRow{Name: name, Value: f(v.Value), Source: orDash(v.Source)}
	}
	return []inputRow{
		row("pages", in.Pages, fmtQty),
		row("render time per page", in.RenderSeconds, func(v float64) string { return fmtMS(v*1000) + " ms" }),
		row("changes per page per day", in.ChangesPerDay, fmtQty),
		row("visits per day", in.VisitsPerDay, fmtQty),
		row("freshness budget", in.FreshnessBudgetSec, fmtDur),
		row("build time per page", in.BuildSecondsPerPage, func(v float64) string { return fmtMS(v*1000) + " ms" }),
		row("build overhead", in.BuildOverheadSeconds, fmtDur),
		row("build workers", in.BuildWorkers, fmtQty),
	}
}

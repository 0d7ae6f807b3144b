package report

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

// change is one route whose recommended strategy differs from today's.
type change struct {
	Route *rendermap.Route
	From  string
	To    string
	// Gain is advise's account of what the change buys visitors; nil in
	// audits written before advise recorded it.
	Gain *rendermap.Gain
	// Impact is the compute-seconds per day the change saves (negative: what
	// it costs), or, when Saved is false, today's compute (an upper bound).
	Impact float64
	// Saved is true when Impact is a known saving (both costs modelled);
	// false when it is the compute spent today (an upper bound on savings).
	Saved bool
	// Known is false when neither cost is in the audit.
	Known bool
}

// FarSavedMS is how much sooner a visitor far from the origin gets the
// first byte, in whole milliseconds (negative: later); 0 without a gain.
func (c change) FarSavedMS() float64 {
	if c.Gain == nil {
		return 0
	}
	return math.Round(c.Gain.Today.FarMS - c.Gain.Recommended.FarMS)
}

// priced reports whether the change has a money figure worth showing (a
// cent a day or more, saved or spent): the HTML and Markdown reports show
// their money column only then.
func (c change) priced() bool {
	return c.Gain != nil && !negligible(c.Gain.MoneySavedPerDay)
}

// changes lists the routes to change, ranked by what visitors gain first
// (the far visitor's time to first byte saved), then by compute saved
// (see docs/reports.md).
func changes(a *rendermap.Audit) []change {
	var out []change
	for _, r := range sortedRoutes(a) {
		if c, ok := changeFor(r); ok {
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, compareChanges)
	return out
}

func changeFor(r *rendermap.Route) (change, bool) {
	rec, cur := r.Recommendation, r.Current
	if rec.Strategy == "" || rec.Strategy == cur.Strategy {
		return change{}, false
	}
	c := change{Route: r, From: strategyLabel(cur.Strategy, cur.RevalidateSeconds), To: strategyLabel(rec.Strategy, rec.RevalidateSeconds)}
	if g := rec.Gain; g != nil && !badGain(g) {
		c.Gain, c.Impact, c.Saved, c.Known = g, g.ComputeSecondsSavedPerDay, true, true
		return c, true
	}
	now, okNow := costOf(r, cur.Strategy)
	next, okNext := costOf(r, rec.Strategy)
	switch {
	case okNow && okNext:
		c.Impact, c.Saved, c.Known = now.ComputeSecondsPerDay-next.ComputeSecondsPerDay, true, true
	case okNow:
		c.Impact, c.Known = now.ComputeSecondsPerDay, true
	}
	if bad(c.Impact) {
		c.Impact, c.Saved, c.Known = 0, false, false
	}
	return c, true
}

// badGain is true when a gain carries a figure that cannot be shown.
func badGain(g *rendermap.Gain) bool {
	for _, v := range []float64{g.Today.NearMS, g.Today.FarMS, g.Recommended.NearMS, g.Recommended.FarMS, g.OriginRequestsSavedPerDay, g.ComputeSecondsSavedPerDay, g.MoneySavedPerDay} {
		if bad(v) {
			return true
		}
	}
	return false
}

func compareChanges(x, y change) int {
	return cmp.Or(
		firstTrue(x.Gain != nil, y.Gain != nil),
		cmp.Compare(y.FarSavedMS(), x.FarSavedMS()),
		firstTrue(x.Known, y.Known),
		cmp.Compare(y.Impact, x.Impact),
		cmp.Compare(visitsPerDay(y.Route), visitsPerDay(x.Route)),
		cmp.Compare(y.Route.Discovery.Pages, x.Route.Discovery.Pages),
		cmp.Compare(x.Route.Pattern, y.Route.Pattern),
	)
}

// firstTrue orders true before false.
func firstTrue(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return -1
	}
	return 1
}

// computeLabel states a change's compute in words: "saves 237",
// "costs 17 more", "≤ 80,000" (today's compute, an upper bound) or "–".
func computeLabel(c change) string {
	switch {
	case !c.Known:
		return "–"
	case !c.Saved:
		return "≤ " + fmtRead(c.Impact)
	}
	return savesOrCosts(c.Impact)
}

// savesOrCosts words a saving that may be negative: "saves 3.2",
// "costs 1.1 more", "about the same".
func savesOrCosts(v float64) string {
	return bySign(v, "about the same", "saves {n}", "costs {n} more")
}

// bySign words a saving that may be negative, so that no sentence shows a
// negative number: same when it is negligible, else saved or spent with
// {n} replaced by its size, rounded for reading.
func bySign(v float64, same, saved, spent string) string {
	switch {
	case negligible(v):
		return same
	case v < 0:
		saved = spent
	}
	return strings.ReplaceAll(saved, "{n}", fmtRead(math.Abs(v)))
}

// requestsLabel words the origin requests a change saves: "5,813 fewer",
// "3 more", "about the same".
func requestsLabel(g *rendermap.Gain) string {
	if g == nil {
		return "–"
	}
	return bySign(g.OriginRequestsSavedPerDay, "about the same", "{n} fewer", "{n} more")
}

// ttfbChange shows a visitor's first byte today and as recommended:
// "491 → 366 ms".
func ttfbChange(today, rec float64) string {
	return fmtMS(today) + " → " + fmtMS(rec) + " ms"
}

// decisionReason is the recommendation's first reason when it explains the
// recommended strategy (it starts with its name); otherwise the reason the
// strategy used today lost, so the sentence never contradicts the change.
func decisionReason(r *rendermap.Route) string {
	rec := r.Recommendation
	if len(rec.Reasons) > 0 && strings.HasPrefix(rec.Reasons[0], string(rec.Strategy)) && !strings.Contains(rec.Reasons[0], "served today") {
		return oneLine(rec.Reasons[0])
	}
	for _, alt := range r.Alternatives {
		if alt.Strategy == r.Current.Strategy && alt.WhyNot != "" {
			return oneLine(string(alt.Strategy) + " loses: " + alt.WhyNot)
		}
	}
	return ""
}

// confidenceReason is advise's sentence on the confidence ("confidence
// medium: the choice flips ..."), or "".
func confidenceReason(r *rendermap.Route) string {
	for _, s := range r.Recommendation.Reasons {
		if strings.HasPrefix(s, "confidence ") {
			return oneLine(s)
		}
	}
	return ""
}

// stalenessNote says how stale content can get as recommended, against
// the budget: "content up to 59 min old (budget 60 min)".
func stalenessNote(g *rendermap.Gain) string {
	if g == nil || g.StalenessWorstSeconds <= 0 || bad(g.StalenessWorstSeconds) {
		return ""
	}
	s := "content up to " + fmtDurWords(g.StalenessWorstSeconds) + " old"
	if g.BudgetSeconds > 0 && !bad(g.BudgetSeconds) {
		s += " (budget " + fmtDurWords(g.BudgetSeconds) + ")"
	}
	return s
}

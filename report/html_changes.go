package report

import (
	"strings"

	"github.com/rendermap/rendermap"
)

// changeView is one row of "Changes to make": what to change, what it buys
// visitors, what it saves, how sure we are, and where its config is.
type changeView struct {
	Rank             int
	ID, Pattern      string
	ConfigID         string
	From, To         string
	Far, Near        string
	FarNote          string
	Requests         string
	Compute, Money   string
	Confidence       string
	Why, Sure, Stale string
}

func changeViews(a *rendermap.Audit, cs []change, configIDs map[*rendermap.Route]string) []changeView {
	ids := routeIndex(a)
	out := make([]changeView, 0, len(cs))
	for i, c := range cs {
		v := changeView{
			Rank: i + 1, ID: ids[c.Route], ConfigID: configIDs[c.Route], Pattern: c.Route.Pattern, From: c.From, To: c.To,
			Far: "–", Near: "–", Requests: requestsLabel(c.Gain), Compute: computeLabel(c),
			Confidence: orDash(c.Route.Recommendation.Confidence),
			Why:        decisionReason(c.Route), Stale: stalenessNote(c.Gain),
		}
		if v.Confidence != "high" {
			v.Sure = confidenceReason(c.Route)
		}
		if g := c.Gain; g != nil {
			v.Far, v.Near = ttfbChange(g.Today.FarMS, g.Recommended.FarMS), ttfbChange(g.Today.NearMS, g.Recommended.NearMS)
			v.FarNote = sooner(c.FarSavedMS())
			if c.priced() {
				v.Money = savesOrCosts(g.MoneySavedPerDay)
			}
		}
		out = append(out, v)
	}
	return out
}

// sooner words a time saved: "125 ms sooner", "40 ms later", "no change".
func sooner(ms float64) string {
	switch {
	case ms > 0:
		return fmtInt(int64(ms)) + " ms sooner"
	case ms < 0:
		return fmtInt(int64(-ms)) + " ms later"
	}
	return "no change"
}

// anyMoney reports whether a change has a money figure (see
// change.priced), so the table shows the money column only then.
func anyMoney(vs []changeView) bool {
	for _, v := range vs {
		if v.Money != "" {
			return true
		}
	}
	return false
}

// rightGroup lists the routes already served the recommended way, for one
// strategy.
type rightGroup struct {
	Strategy string
	Routes   []rightRoute
}

// rightRoute is a route already right; Note carries its interval or a
// confidence below high.
type rightRoute struct{ ID, Pattern, Note string }

func alreadyRight(a *rendermap.Audit) []rightGroup {
	ids, routes := routeIndex(a), sortedRoutes(a)
	var out []rightGroup
	for _, s := range rendermap.Strategies {
		g := rightGroup{Strategy: string(s)}
		for _, r := range routes {
			if rec := r.Recommendation; rec.Strategy == s && r.Current.Strategy == s {
				g.Routes = append(g.Routes, rightRoute{ID: ids[r], Pattern: r.Pattern, Note: rightNote(r)})
			}
		}
		if len(g.Routes) > 0 {
			out = append(out, g)
		}
	}
	return out
}

func rightNote(r *rendermap.Route) string {
	var notes []string
	if rec := r.Recommendation; rec.Strategy == rendermap.ISR && rec.RevalidateSeconds > 0 {
		n := "every " + fmtDurWords(float64(rec.RevalidateSeconds))
		if today := r.Current.RevalidateSeconds; today > 0 && today != rec.RevalidateSeconds {
			n += ", today every " + fmtDurWords(float64(today))
		}
		notes = append(notes, n)
	}
	if r.Recommendation.ClientIsland {
		notes = append(notes, "+island")
	}
	if c := r.Recommendation.Confidence; c != "" && c != "high" {
		notes = append(notes, c+" confidence")
	}
	return strings.Join(notes, ", ")
}

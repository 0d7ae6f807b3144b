package advise

import (
	"fmt"
	"time"

	"github.com/rendermap/rendermap"
)

// gain compares the pick with how the route is served today; nil when the
// strategy does not change or today's is unknown.
func gain(r *rendermap.Route, g gathered, best option) *rendermap.Gain {
	from := currentStrategy(r)
	if from == "" || from == best.s {
		return nil
	}
	today := Cost(from, g.in, time.Duration(r.Current.RevalidateSeconds)*time.Second)
	return &rendermap.Gain{
		From:                      from,
		Today:                     *today.Visitors,
		Recommended:               *best.c.Visitors,
		OriginRequestsSavedPerDay: today.OriginRequestsPerDay - best.c.OriginRequestsPerDay,
		ComputeSecondsSavedPerDay: today.ComputeSecondsPerDay - best.c.ComputeSecondsPerDay,
		MoneySavedPerDay:          today.Money - best.c.Money,
		StalenessWorstSeconds:     best.c.StalenessWorstS,
		BudgetSeconds:             g.in.BudgetSeconds,
	}
}

// gainReason states what the change buys visitors and the origin.
func gainReason(gn *rendermap.Gain) string {
	return fmt.Sprintf("against %s today: a visitor near the origin waits %s ms for the first byte instead of %s, one an ocean away %s ms instead of %s; %s; content can be up to %s stale against a %s budget",
		gn.From, num(gn.Recommended.NearMS), num(gn.Today.NearMS), num(gn.Recommended.FarMS), num(gn.Today.FarMS),
		savings(gn), human(gn.StalenessWorstSeconds), human(gn.BudgetSeconds))
}

// savings says what the origin saves, or what the change costs it.
func savings(gn *rendermap.Gain) string {
	return change(gn.OriginRequestsSavedPerDay, "origin requests") + " and " + change(gn.ComputeSecondsSavedPerDay, "compute seconds")
}

func change(saved float64, what string) string {
	if saved >= 0 {
		return fmt.Sprintf("%s fewer %s a day", num(saved), what)
	}
	return fmt.Sprintf("%s more %s a day", num(-saved), what)
}

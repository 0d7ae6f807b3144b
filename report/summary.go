package report

import (
	"fmt"
	"math"
	"strings"

	"github.com/rendermap/rendermap"
)

// stackSentence names the detected framework and platform: "Built with
// Nuxt; served by Netlify." Weak detections say on how many routes they
// were seen.
func stackSentence(a *rendermap.Audit) string {
	fw, pf := "Framework not recognized", "platform not recognized"
	if d := a.Site.Framework; d != nil && d.Name != "" {
		fw = "Built with " + d.Name + seenOn(d, len(a.Routes))
	}
	if d := a.Site.Platform; d != nil && d.Name != "" {
		pf = "served by " + d.Name + seenOn(d, len(a.Routes))
	}
	return oneLine(fw + "; " + pf + ".")
}

// seenOn qualifies a detection seen on under half of the routes.
func seenOn(d *rendermap.Detection, routes int) string {
	if d.Routes <= 0 || routes == 0 || d.Routes*2 >= routes {
		return ""
	}
	return fmt.Sprintf(" (seen on %d of %d routes)", d.Routes, routes)
}

// leadSentence answers the review's question in one paragraph: how many
// routes to change and what the changes buy together.
func leadSentence(a *rendermap.Audit, cs []change) string {
	headline, rest := leadParts(a, cs)
	return strings.TrimSpace(headline + " " + rest)
}

// leadParts is the lead's headline ("Change 4 of 10 routes.") and the
// sentences that follow it.
func leadParts(a *rendermap.Audit, cs []change) (headline, rest string) {
	switch {
	case len(a.Routes) == 0:
		return "No routes were audited.", ""
	case len(cs) == 0 && len(a.Routes) == 1:
		return "No change: the route is already served the recommended way.", ""
	case len(cs) == 0:
		return fmt.Sprintf("No change: all %d routes are already served the recommended way.", len(a.Routes)), ""
	}
	headline = fmt.Sprintf("Change %d of %s.", len(cs), plural(len(a.Routes), "route"))
	if parts := gainParts(cs); len(parts) > 0 {
		rest = "Together: " + joinAnd(parts) + ". "
	}
	return headline, rest + confidenceSummary(cs)
}

// gainParts words the summed gains of the changes that record one.
func gainParts(cs []change) []string {
	var lo, hi, requests, compute, money float64
	lo, n := math.Inf(1), 0
	for _, c := range cs {
		if c.Gain == nil {
			continue
		}
		n++
		if far := c.FarSavedMS(); far > 0 {
			lo, hi = math.Min(lo, far), math.Max(hi, far)
		}
		requests += c.Gain.OriginRequestsSavedPerDay
		compute += c.Gain.ComputeSecondsSavedPerDay
		money += c.Gain.MoneySavedPerDay
	}
	if n == 0 {
		return nil
	}
	var parts []string
	if hi > 0 {
		parts = append(parts, "a visitor far from the origin gets the first byte "+msRange(lo, hi)+" sooner")
	}
	parts = append(parts, "the origin answers "+requestsWords(requests))
	parts = append(parts, computeWords(compute))
	if m := moneyWords(money); m != "" {
		parts = append(parts, m)
	}
	return parts
}

// moneyWords words a money saving at the configured price; "" when none.
func moneyWords(v float64) string {
	return bySign(v, "", "the compute bill falls by {n} a day", "the compute bill rises by {n} a day")
}

func msRange(lo, hi float64) string {
	if lo == hi {
		return fmtInt(int64(hi)) + " ms"
	}
	return fmtInt(int64(lo)) + "–" + fmtInt(int64(hi)) + " ms"
}

func requestsWords(v float64) string {
	return bySign(v, "about as many requests a day", "{n} fewer requests a day", "{n} more requests a day")
}

func computeWords(v float64) string {
	return bySign(v, "compute stays about the same", "the site spends {n} fewer compute-seconds a day", "the site spends {n} more compute-seconds a day")
}

// confidenceSummary counts the changes per confidence: "Confidence: high
// for 4, medium for 1."
func confidenceSummary(cs []change) string {
	var parts []string
	for _, level := range []string{"high", "medium", "low"} {
		n := 0
		for _, c := range cs {
			if c.Route.Recommendation.Confidence == level {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%s for %d", level, n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "Confidence: " + strings.Join(parts, ", ") + "."
}

// joinAnd joins phrases as a list: "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) < 2 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

package measure

import (
	"fmt"
	"net/http"
	"time"

	"github.com/rendermap/rendermap"
)

// routeVolatility estimates how often a pattern's pages change. Each source
// gives an estimate of its own: the re-fetches (gaps with and without a
// change, of the HTML text or, for a client-rendered page, of its data
// requests), sitemap lastmod ages and Last-Modified ages. The headline is
// their combined maximum-likelihood estimate. Last-Modified joins it only
// when the sitemap gives no lastmod (a file server's Last-Modified is often
// the deploy time), and never a value seen on other patterns too (deploy
// stamps); an age source whose interval does not overlap the re-fetches'
// is left out (the re-fetches saw the content itself). Pages that changed
// at the same instants (a shared clock) count as one page, as do identical
// lastmods.
func routeVolatility(ok []*page, now time.Time, client bool, stamps map[string]bool) rendermap.Volatility {
	v := rendermap.Volatility{Subject: "html", Source: "none"}
	if client {
		v.Subject = "data"
	}
	perPage := pageGaps(ok, client)
	countChanges(&v, perPage)
	v.Clock = clockOf(perPage, lastmodTimes(ok))
	re := recheckData(perPage, v.Clock == "shared")
	lastmod, lastModified := ageData(ok, now, client, stamps)
	v.Estimates = estimates(re, lastmod, lastModified, len(ok))
	combine(&v, re, lastmod, lastModified)
	return v
}

// pageGaps returns each page's observation gaps (data or HTML).
func pageGaps(ok []*page, client bool) [][]gap {
	out := make([][]gap, 0, len(ok))
	for _, p := range ok {
		obs := p.obs
		if client {
			obs = p.dataObs
		}
		out = append(out, gapsOf(obs))
	}
	return out
}

// countChanges fills the per-pattern counters from the gaps.
func countChanges(v *rendermap.Volatility, perPage [][]gap) {
	for _, gs := range perPage {
		if len(gs) == 0 {
			continue
		}
		v.Rechecked++
		v.Observations += len(gs)
		changed, churn := false, false
		for _, g := range gs {
			changed, churn = changed || g.changed, churn || g.churn
		}
		if changed {
			v.ChangedOnRecheck++
		} else if churn {
			v.TokenChurnPages++
		}
		v.WindowSeconds = max(v.WindowSeconds, round3(gs[len(gs)-1].to.Sub(gs[0].from).Seconds()))
	}
}

// recheckData pools the gaps; with a shared clock only the page observed
// longest counts (its pages change together, so more pages add no evidence).
func recheckData(perPage [][]gap, shared bool) ChangeData {
	if shared {
		perPage = [][]gap{longest(perPage)}
	}
	var d ChangeData
	for _, gs := range perPage {
		for _, g := range gs {
			if g.changed {
				d.Changed = append(d.Changed, g.seconds())
			} else {
				d.Unchanged += g.seconds()
			}
		}
	}
	return d
}

func longest(perPage [][]gap) []gap {
	var best []gap
	span := func(gs []gap) time.Duration {
		if len(gs) == 0 {
			return 0
		}
		return gs[len(gs)-1].to.Sub(gs[0].from)
	}
	for _, gs := range perPage {
		if span(gs) > span(best) {
			best = gs
		}
	}
	return best
}

// ageData collects lastmod and Last-Modified ages; identical timestamps
// count once. A client-rendered page's headers describe its shell, so only
// the sitemap's lastmod is used for it.
func ageData(ok []*page, now time.Time, client bool, stamps map[string]bool) (lastmod, lastModified ChangeData) {
	seenLM, seenLMod := map[time.Duration]bool{}, map[string]bool{}
	var lm, lmod []time.Duration
	for _, p := range ok {
		if age, ok := lastmodAge(p.sample.Lastmod, now); ok && !seenLM[age] {
			seenLM[age], lm = true, append(lm, age)
		}
		raw := p.header.Get("Last-Modified")
		if age, ok := lastModifiedAge(p.header, now); ok && !client && !seenLMod[raw] && !stamps[raw] {
			seenLMod[raw], lmod = true, append(lmod, age)
		}
	}
	return ChangeData{Ages: agesOf(lm)}, ChangeData{Ages: agesOf(lmod)}
}

// estimates lists each source's own estimate.
func estimates(re, lastmod, lastModified ChangeData, pages int) []rendermap.ChangeEstimate {
	var out []rendermap.ChangeEstimate
	for _, s := range []struct {
		name string
		d    ChangeData
		n    int
	}{{"recheck", re, pages}, {"lastmod", lastmod, len(lastmod.Ages)}, {"last-modified", lastModified, len(lastModified.Ages)}} {
		if e, ok := s.d.Estimate(s.name, s.n); ok {
			out = append(out, e)
		}
	}
	return out
}

// combine sets the headline estimate from every source that agrees with
// the re-fetches.
func combine(v *rendermap.Volatility, re, lastmod, lastModified ChangeData) {
	var all ChangeData
	add := func(name string, d ChangeData) {
		if d.empty() {
			return
		}
		if msg := disagrees(v.Estimates, name); msg != "" {
			v.Conflict = msg
			return
		}
		all.Changed = append(all.Changed, d.Changed...)
		all.Unchanged += d.Unchanged
		all.Ages = append(all.Ages, d.Ages...)
		v.Sources = append(v.Sources, name)
	}
	add("recheck", re)
	add("lastmod", lastmod)
	if lastmod.empty() {
		add("last-modified", lastModified)
	}
	e, ok := all.Estimate("combined", 0)
	if !ok {
		return
	}
	v.Source = v.Sources[0]
	if len(v.Sources) > 1 {
		v.Source = "combined"
	}
	v.ChangesPerDay, v.ChangesPerDayCI, v.UpperBound = e.ChangesPerDay, e.CI95, e.UpperBound
}

// disagrees explains why an age source is left out: its interval misses the
// re-fetches' interval.
func disagrees(es []rendermap.ChangeEstimate, name string) string {
	var re, src *rendermap.ChangeEstimate
	for i := range es {
		switch es[i].Source {
		case "recheck":
			re = &es[i]
		case name:
			src = &es[i]
		}
	}
	if name == "recheck" || re == nil || src == nil || overlap(re.CI95, src.CI95) {
		return ""
	}
	return fmt.Sprintf("%s says %s changes a day, the re-fetches %s: the content itself wins and %s is left out",
		name, rangeText(src.CI95), rangeText(re.CI95), name)
}

func rangeText(ci []float64) string { return fmt.Sprintf("%g–%g", ci[0], ci[1]) }

// lastmodAge parses a sitemap lastmod (RFC 3339 or a W3C date) and returns
// its age; future dates are ignored.
func lastmodAge(lastmod string, now time.Time) (time.Duration, bool) {
	t, ok := parseLastmod(lastmod)
	return now.Sub(t), ok && !t.After(now)
}

// parseLastmod reads a sitemap lastmod: RFC 3339 or a W3C date.
func parseLastmod(s string) (time.Time, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// lastModifiedAge is Date (or now) minus Last-Modified.
func lastModifiedAge(h http.Header, now time.Time) (time.Duration, bool) {
	lm, err := http.ParseTime(h.Get("Last-Modified"))
	if err != nil {
		return 0, false
	}
	ref := now
	if d, err := http.ParseTime(h.Get("Date")); err == nil {
		ref = d
	}
	return ref.Sub(lm), !lm.After(ref)
}

// deployStamps returns the Last-Modified values seen on pages of more than
// one pattern: a deploy or build time stamped on every file, not the time
// the content changed.
func deployStamps(routes [][]*page) map[string]bool {
	patterns := map[string]int{}
	for _, pages := range routes {
		seen := map[string]bool{}
		for _, p := range pages {
			if v := p.header.Get("Last-Modified"); v != "" && !seen[v] {
				seen[v] = true
				patterns[v]++
			}
		}
	}
	out := map[string]bool{}
	for v, n := range patterns {
		if n > 1 {
			out[v] = true
		}
	}
	return out
}

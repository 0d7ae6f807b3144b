package measure

import (
	"net/http"
	"time"

	"github.com/rendermap/rendermap"
)

// routeVolatility counts recheck changes and estimates the change rate from
// every source available. The headline estimate is the recheck when it saw
// a change (direct evidence), else the sitemap lastmod ages, else the
// Last-Modified ages, else the recheck without changes.
func routeVolatility(ok []*page, now time.Time) rendermap.Volatility {
	var v rendermap.Volatility
	var lastmod, lastModified []time.Duration
	var interval time.Duration
	for _, p := range ok {
		if p.rechecked {
			v.Rechecked++
			interval += p.recheckAfter
			if p.res.Changed {
				v.ChangedOnRecheck++
			}
		}
		if age, ok := lastmodAge(p.sample.Lastmod, now); ok {
			lastmod = append(lastmod, age)
		}
		if age, ok := lastModifiedAge(p.header, now); ok {
			lastModified = append(lastModified, age)
		}
	}
	if v.Rechecked > 0 {
		interval /= time.Duration(v.Rechecked) // the mean actual interval
	}
	if e, ok := RateFromRechecks(v.ChangedOnRecheck, v.Rechecked, interval); ok {
		v.Estimates = append(v.Estimates, e)
	}
	if e, ok := RateFromAges("lastmod", lastmod); ok {
		v.Estimates = append(v.Estimates, e)
	}
	if e, ok := RateFromAges("last-modified", lastModified); ok {
		v.Estimates = append(v.Estimates, e)
	}
	pickEstimate(&v)
	return v
}

// pickEstimate sets the headline estimate from v.Estimates.
func pickEstimate(v *rendermap.Volatility) {
	order := []string{"lastmod", "last-modified", "recheck"}
	if v.ChangedOnRecheck > 0 {
		order = []string{"recheck"}
	}
	v.Source = "none"
	for _, src := range order {
		for _, e := range v.Estimates {
			if e.Source == src {
				v.Source, v.ChangesPerDay, v.ChangesPerDayCI = src, e.ChangesPerDay, e.CI95
				return
			}
		}
	}
}

// lastmodAge parses a sitemap lastmod (RFC 3339 or a W3C date) and returns
// its age; future dates are ignored.
func lastmodAge(lastmod string, now time.Time) (time.Duration, bool) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, lastmod); err == nil {
			return now.Sub(t), !t.After(now)
		}
	}
	return 0, false
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

package check

import (
	"strings"

	"github.com/rendermap/rendermap"
)

func statsFor(rt *rendermap.Route, field string) rendermap.Stats {
	if strings.HasPrefix(field, "server_") {
		return rt.Server
	}
	return rt.TTFB
}

func percentile(s rendermap.Stats, field string) float64 {
	if strings.Contains(field, "_p95_") {
		return s.P95
	}
	return s.P50
}

func boolField(rt *rendermap.Route, field string) bool {
	switch field {
	case "cacheable":
		return rt.Cache.StorableShared
	case "personalized":
		return rt.Personalized.Personalized
	}
	return rt.Current.Strategy != "" && rt.Current.Strategy == rt.Recommendation.Strategy
}

func strategyField(rt *rendermap.Route, field string) rendermap.Strategy {
	if field == "current_strategy" {
		return rt.Current.Strategy
	}
	return rt.Recommendation.Strategy
}

func compare(v float64, op string, want float64) bool {
	switch op {
	case "<":
		return v < want
	case "<=":
		return v <= want
	case ">":
		return v > want
	case ">=":
		return v >= want
	case "==":
		return v == want
	}
	return v != want
}

// MeasurementBased reports whether c checks a timing (ttfb_* or server_*),
// which is re-measured once before a failure counts.
func MeasurementBased(c rendermap.Check) bool {
	e, err := Parse(c.Assertion)
	return err == nil && e.Kind == KindNumber
}

// Failed counts the failed checks at level error and at level warn.
func Failed(checks []rendermap.Check) (errors, warnings int) {
	for _, c := range checks {
		switch {
		case c.Passed:
		case c.Level == "warn":
			warnings++
		default:
			errors++
		}
	}
	return errors, warnings
}

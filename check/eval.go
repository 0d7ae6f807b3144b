package check

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/rendermap/rendermap"
)

// Rule is one assertion from the config file.
type Rule struct {
	// Pattern is a route pattern, or "*" (or "") for every route.
	Pattern string
	// Assertion is the expression, e.g. "ttfb_p95_ms <= 800".
	Assertion string
	// Level is "error" (the default when empty) or "warn".
	Level string
	// Line is the config file line, for error messages; 0 when unknown.
	Line int
}

// Evaluate checks every rule against the audit's routes. A "*" rule expands
// to every route; a rule naming a pattern absent from the audit gives a
// failed check that says so. A rule that does not parse is an error.
func Evaluate(a *rendermap.Audit, rules []Rule) ([]rendermap.Check, error) {
	if a == nil {
		return nil, fmt.Errorf("evaluate assertions: no audit")
	}
	var out []rendermap.Check
	for _, r := range rules {
		cs, err := evaluateRule(a, r)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
	}
	sortChecks(out)
	return out, nil
}

func evaluateRule(a *rendermap.Audit, r Rule) ([]rendermap.Check, error) {
	e, err := Parse(r.Assertion)
	if err != nil {
		return nil, ruleErr(r, err)
	}
	level, err := normalizeLevel(r.Level)
	if err != nil {
		return nil, ruleErr(r, err)
	}
	if r.Pattern == "" || r.Pattern == "*" {
		out := make([]rendermap.Check, 0, len(a.Routes))
		for i := range a.Routes {
			out = append(out, evalRoute(&a.Routes[i], e, r.Assertion, level))
		}
		return out, nil
	}
	if rt := findRoute(a, r.Pattern); rt != nil {
		return []rendermap.Check{evalRoute(rt, e, r.Assertion, level)}, nil
	}
	return []rendermap.Check{{Pattern: r.Pattern, Assertion: r.Assertion, Level: level,
		Actual: "absent", Message: fmt.Sprintf("route %s is not in the audit", r.Pattern)}}, nil
}

func ruleErr(r Rule, err error) error {
	if r.Line > 0 {
		return fmt.Errorf("line %d: %w", r.Line, err)
	}
	return err
}

func normalizeLevel(l string) (string, error) {
	switch l {
	case "", "error":
		return "error", nil
	case "warn":
		return "warn", nil
	}
	return "", fmt.Errorf("level %q: use error or warn", clip(l))
}

func findRoute(a *rendermap.Audit, pattern string) *rendermap.Route {
	for i := range a.Routes {
		if a.Routes[i].Pattern == pattern {
			return &a.Routes[i]
		}
	}
	return nil
}

func evalRoute(rt *rendermap.Route, e Expr, text, level string) rendermap.Check {
	c := rendermap.Check{Pattern: rt.Pattern, Assertion: text, Level: level}
	switch e.Kind {
	case KindNumber:
		evalNumber(&c, rt, e)
	case KindBool:
		v := boolField(rt, e.Field)
		c.Actual = strconv.FormatBool(v)
		c.Passed = (v == e.flag) == (e.Op == "==")
	default:
		v := string(strategyField(rt, e.Field))
		c.Actual = v
		c.Passed = (v == e.Value) == (e.Op == "==")
	}
	if !c.Passed && c.Message == "" {
		c.Message = fmt.Sprintf("%s is %s, want %s %s", e.Field, orNone(c.Actual), e.Op, e.Value)
	}
	return c
}

func evalNumber(c *rendermap.Check, rt *rendermap.Route, e Expr) {
	s := statsFor(rt, e.Field)
	if s.N == 0 {
		c.Actual = "no samples"
		c.Message = fmt.Sprintf("%s cannot be checked: no samples were measured", e.Field)
		return
	}
	v := percentile(s, e.Field)
	c.Actual = strconv.FormatFloat(v, 'f', 1, 64) + " ms"
	c.Passed = compare(v, e.Op, e.num)
	if !c.Passed {
		c.Message = fmt.Sprintf("%s is %s, want %s %s", e.Field, c.Actual, e.Op, e.Value)
	}
}

func orNone(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func sortChecks(cs []rendermap.Check) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Pattern != cs[j].Pattern {
			return cs[i].Pattern < cs[j].Pattern
		}
		if cs[i].Assertion != cs[j].Assertion {
			return cs[i].Assertion < cs[j].Assertion
		}
		return cs[i].Level < cs[j].Level
	})
}

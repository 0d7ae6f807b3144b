package check

import (
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
)

func testAudit() *rendermap.Audit {
	home := rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/"}}
	home.TTFB = rendermap.Stats{N: 10, P50: 120, P95: 700}
	home.Server = rendermap.Stats{N: 10, P50: 80, P95: 300}
	home.Cache.StorableShared = true
	home.Current.Strategy = rendermap.Static
	home.Recommendation.Strategy = rendermap.Static
	prod := rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/products/[id]"}}
	prod.TTFB = rendermap.Stats{N: 10, P50: 400, P95: 950}
	prod.Server = rendermap.Stats{N: 10, P50: 350, P95: 900}
	prod.Personalized.Personalized = true
	prod.Current.Strategy = rendermap.SSR
	prod.Recommendation.Strategy = rendermap.ISR
	empty := rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/zz"}}
	return &rendermap.Audit{Schema: rendermap.SchemaVersion, Routes: []rendermap.Route{home, prod, empty}}
}

func TestEvaluateKinds(t *testing.T) {
	cases := []struct {
		name, pattern, assert string
		pass                  bool
		actual                string
	}{
		{"ttfb p95 pass", "/", "ttfb_p95_ms <= 800", true, "700.0 ms"},
		{"ttfb p95 fail", "/products/[id]", "ttfb_p95_ms <= 800", false, "950.0 ms"},
		{"ttfb p50 lt fail", "/", "ttfb_p50_ms < 120", false, "120.0 ms"},
		{"ttfb p50 gt pass", "/", "ttfb_p50_ms > 100", true, "120.0 ms"},
		{"ttfb p50 ge pass", "/", "ttfb_p50_ms >= 120", true, "120.0 ms"},
		{"ttfb p50 eq pass", "/", "ttfb_p50_ms == 120", true, "120.0 ms"},
		{"server p50 pass", "/", "server_p50_ms<100", true, "80.0 ms"},
		{"server p95 fail", "/products/[id]", "server_p95_ms <= 500", false, "900.0 ms"},
		{"no samples fail", "/zz", "ttfb_p95_ms <= 800", false, "no samples"},
		{"cacheable pass", "/", "cacheable == true", true, "true"},
		{"cacheable colon fail", "/products/[id]", "cacheable: true", false, "false"},
		{"personalized fail", "/products/[id]", "personalized == false", false, "true"},
		{"personalized ne pass", "/", "personalized != true", true, "false"},
		{"matches pass", "/", "current_matches_recommended: true", true, "true"},
		{"matches fail", "/products/[id]", "current_matches_recommended == true", false, "false"},
		{"unknown current does not match", "/zz", "current_matches_recommended == true", false, "false"},
		{"strategy pass", "/", "strategy: static", true, "static"},
		{"strategy fail", "/products/[id]", "strategy == static", false, "isr"},
		{"strategy ne pass", "/products/[id]", "strategy != ssr", true, "isr"},
		{"current strategy fail", "/products/[id]", "current_strategy == isr", false, "ssr"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs, err := Evaluate(testAudit(), []Rule{{Pattern: tc.pattern, Assertion: tc.assert}})
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != 1 {
				t.Fatalf("got %d checks, want 1", len(cs))
			}
			c := cs[0]
			if c.Passed != tc.pass || c.Actual != tc.actual || c.Level != "error" {
				t.Errorf("got passed=%v actual=%q level=%q, want %v %q error", c.Passed, c.Actual, c.Level, tc.pass, tc.actual)
			}
			if !c.Passed && c.Message == "" {
				t.Error("failed check has no message")
			}
			if c.Passed && c.Message != "" {
				t.Errorf("passed check has message %q", c.Message)
			}
		})
	}
}

func TestEvaluateStarAndSort(t *testing.T) {
	rules := []Rule{
		{Pattern: "*", Assertion: "ttfb_p95_ms <= 800", Level: "warn"},
		{Pattern: "/", Assertion: "cacheable == true"},
	}
	cs, err := Evaluate(testAudit(), rules)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, c.Pattern+" | "+c.Assertion+" | "+c.Level)
	}
	want := []string{
		"/ | cacheable == true | error",
		"/ | ttfb_p95_ms <= 800 | warn",
		"/products/[id] | ttfb_p95_ms <= 800 | warn",
		"/zz | ttfb_p95_ms <= 800 | warn",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	errs, warns := Failed(cs)
	if errs != 0 || warns != 2 {
		t.Errorf("Failed = %d errors, %d warnings; want 0, 2", errs, warns)
	}
}

func TestEvaluateMissingPattern(t *testing.T) {
	cs, err := Evaluate(testAudit(), []Rule{{Pattern: "/blog/[slug]", Assertion: "cacheable == true"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].Passed || !strings.Contains(cs[0].Message, "/blog/[slug] is not in the audit") {
		t.Fatalf("got %+v, want one failed check naming the missing route", cs)
	}
	if errs, _ := Failed(cs); errs != 1 {
		t.Errorf("Failed errors = %d, want 1", errs)
	}
}

func TestEvaluateErrors(t *testing.T) {
	cases := []struct {
		name string
		rule Rule
		want string
	}{
		{"bad assertion names line", Rule{Assertion: "ttfb <= 3", Line: 12}, `line 12: assertion "ttfb <= 3": unknown field "ttfb"`},
		{"bad level", Rule{Assertion: "cacheable == true", Level: "fatal"}, `level "fatal"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Evaluate(testAudit(), []Rule{tc.rule})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ name, expr, want string }{
		{"empty", "", "write it as FIELD OP VALUE"},
		{"no op", "cacheable true", "write it as FIELD OP VALUE"},
		{"unknown field", "lcp <= 3", `unknown field "lcp"`},
		{"non number", "ttfb_p95_ms <= fast", "needs a number"},
		{"negative", "ttfb_p95_ms <= -1", "needs a number"},
		{"nan", "ttfb_p95_ms <= NaN", "needs a number"},
		{"bool value", "cacheable == yes", "needs true or false"},
		{"bool order", "cacheable < true", "only be compared with == or !="},
		{"strategy value", "strategy == edge", "one of static, isr, ssr, client"},
		{"strategy order", "strategy >= isr", "only be compared with == or !="},
		{"trailing junk", "ttfb_p95_ms <= 800 ms", "write it as FIELD OP VALUE"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.expr)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Parse(%q) err = %v, want it to contain %q", tc.expr, err, tc.want)
			}
		})
	}
}

func TestParseCanonical(t *testing.T) {
	e, err := Parse("  strategy:static ")
	if err != nil {
		t.Fatal(err)
	}
	if e.String() != "strategy == static" || e.Kind != KindStrategy {
		t.Errorf("got %q kind %d", e.String(), e.Kind)
	}
}

func TestMeasurementBased(t *testing.T) {
	cases := map[string]bool{
		"ttfb_p95_ms <= 800": true, "server_p50_ms < 50": true,
		"cacheable == true": false, "strategy == isr": false, "garbage": false,
	}
	for expr, want := range cases {
		t.Run(expr, func(t *testing.T) {
			if got := MeasurementBased(rendermap.Check{Assertion: expr}); got != want {
				t.Errorf("MeasurementBased(%q) = %v, want %v", expr, got, want)
			}
		})
	}
}

func FuzzParseAssertion(f *testing.F) {
	for _, s := range []string{"ttfb_p95_ms <= 800", "cacheable: true", "strategy != ssr", "x", "server_p50_ms>1e309", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e, err := Parse(s)
		if err != nil {
			return
		}
		again, err := Parse(e.String())
		if err != nil || again.String() != e.String() {
			t.Fatalf("canonical form %q of %q does not round-trip: %v", e.String(), s, err)
		}
	})
}

package report

import (
	"strings"
	"testing"

	"github.com/rendermap/rendermap/internal/testkit"
)

// TestRedaction: the planted secret never appears in any format, in any
// escaped form, and [redacted] takes its place.
func TestRedaction(t *testing.T) {
	for _, format := range Names() {
		t.Run(format, func(t *testing.T) {
			out := renderString(t, format, testkit.SampleAudit(t), Options{Secrets: []string{testkit.PlantedSecret, ""}})
			for _, form := range escapedForms(testkit.PlantedSecret) {
				if strings.Contains(out, form) {
					t.Errorf("output contains the secret as %q", form)
				}
			}
			if format == "html" || format == "json" {
				if !strings.Contains(out, Redacted) {
					t.Errorf("output does not mark the redaction with %s", Redacted)
				}
			}
		})
	}
}

func TestRedaction_Escaped(t *testing.T) {
	// A secret with characters every escaper rewrites.
	secret := `a<b>&"c'd+e`
	a := testkit.SampleAudit(t)
	a.Routes[0].Recommendation.Reasons = append(a.Routes[0].Recommendation.Reasons, "token "+secret+" seen")
	a.Routes[0].Evidence.Pages[0].Headers["x-echo"] = secret
	for _, format := range Names() {
		t.Run(format, func(t *testing.T) {
			out := renderString(t, format, a, Options{Secrets: []string{secret}})
			for _, form := range append(escapedForms(secret), "b&gt;&amp;", `b\u003e\u0026`, `a\u003cb`) {
				if strings.Contains(out, form) {
					t.Errorf("output contains the secret as %q", form)
				}
			}
		})
	}
}

func TestRedactHeaders(t *testing.T) {
	h := map[string]string{
		"Authorization": "Bearer abc",
		"cookie":        "sid=abc",
		"set-cookie":    "sid=abc; Path=/; HttpOnly\ntheme=dark",
		"content-type":  "text/html",
	}
	redactHeaders(h)
	want := map[string]string{
		"Authorization": Redacted,
		"cookie":        Redacted,
		"set-cookie":    "sid=" + Redacted + "; Path=/; HttpOnly\ntheme=" + Redacted,
		"content-type":  "text/html",
	}
	for _, k := range sortedKeys(want) {
		if h[k] != want[k] {
			t.Errorf("%s = %q, want %q", k, h[k], want[k])
		}
	}
}

func TestRedaction_ByName(t *testing.T) {
	a := testkit.SampleAudit(t)
	a.Routes[1].Evidence.Pages[0].Headers["authorization"] = "Basic dXNlcjpwYXNz"
	for _, format := range []string{"html", "json"} {
		t.Run(format, func(t *testing.T) {
			out := renderString(t, format, a, Options{})
			if strings.Contains(out, "dXNlcjpwYXNz") {
				t.Error("Authorization value leaked")
			}
			if strings.Contains(out, "session="+testkit.PlantedSecret) {
				t.Error("Set-Cookie value leaked without Options.Secrets")
			}
			if !strings.Contains(out, "session="+Redacted) {
				t.Error("Set-Cookie name not kept")
			}
		})
	}
	if strings.Contains(a.Routes[1].Evidence.Pages[0].Headers["authorization"], Redacted) {
		t.Error("the caller's audit was modified")
	}
}

func TestUsableSecrets(t *testing.T) {
	got := usableSecrets([]string{"", "abc", "abcd", "abcdef", "abcd"})
	if strings.Join(got, ",") != "abcdef,abcd" {
		t.Errorf("usableSecrets = %v, want longest first, short and duplicate dropped", got)
	}
}

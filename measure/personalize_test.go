package measure

import (
	"net/http"
	"reflect"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func rendered(blocks ...string) *rendermap.Rendered {
	r := &rendermap.Rendered{}
	for i := 0; i+1 < len(blocks); i += 2 {
		r.Blocks = append(r.Blocks, rendermap.TextBlock{Selector: blocks[i], Text: blocks[i+1]})
	}
	return r
}

func TestPersonalizationDiff(t *testing.T) {
	nav, body := "Home About Products Contact", "A long article body about kettles that stays the same for everyone who visits."
	cases := []struct {
		name         string
		a, b, a2     *rendermap.Rendered
		signals      []string
		personalized bool
		where        []string
	}{
		{"identical", rendered("#nav", nav, "#body", body), rendered("#nav", nav, "#body", body), rendered("#nav", nav, "#body", body), nil, false, nil},
		{"greeting differs", rendered("#nav", nav, "#body", body, "#hello", "Hello Alice, 3 items in your basket"),
			rendered("#nav", nav, "#body", body, "#hello", "Hello Bruno, 7 items in your basket"),
			rendered("#nav", nav, "#body", body, "#hello", "Hello Alice, 3 items in your basket"), nil, true, []string{"#hello"}},
		{"time change is volatility", rendered("#nav", nav, "#body", body, "#price", "Price 12 euro, updated 10:00:01 today"),
			rendered("#nav", nav, "#body", body, "#price", "Price 13 euro, updated 10:00:16 today"),
			rendered("#nav", nav, "#body", body, "#price", "Price 13 euro, updated 10:00:16 today"), nil, false, nil},
		{"nonce churn ignored", rendered("#nav", nav, "#csrf", "token Zx81KqP0aVb77Lm2Qw9tYuI3"),
			rendered("#nav", nav, "#csrf", "token Pq02LmZ8xCv11Nb4Rt7yUiO9"), rendered("#nav", nav, "#csrf", "token Zx81KqP0aVb77Lm2Qw9tYuI3"), nil, false, nil},
		{"tiny diff needs a session signal", rendered("#body", body+body+body, "#n", "v1"), rendered("#body", body+body+body, "#n", "v2"),
			rendered("#body", body+body+body, "#n", "v1"), []string{"vary: cookie"}, true, []string{"#n"}},
		{"tiny diff without signal", rendered("#body", body+body+body, "#n", "v1"), rendered("#body", body+body+body, "#n", "v2"),
			rendered("#body", body+body+body, "#n", "v1"), nil, false, []string{"#n"}},
		{"text without blocks", &rendermap.Rendered{Text: "same\nHi Alice"}, &rendermap.Rendered{Text: "same\nHi Bob"},
			&rendermap.Rendered{Text: "same\nHi Alice"}, nil, true, []string{"line 2"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ka, kb, ka2 := keyBlocks(tc.a), keyBlocks(tc.b), keyBlocks(tc.a2)
			d := diffRenders(ka, kb, changedKeys(ka, ka2))
			if got := isPersonalized(d, tc.signals); got != tc.personalized || !reflect.DeepEqual(d.Where, tc.where) {
				t.Errorf("personalized = %v where %v (fraction %v), want %v where %v", got, d.Where, d.Fraction, tc.personalized, tc.where)
			}
			if d.Fraction < 0 || d.Fraction > 1 || len(d.Excerpt) > 200*4 {
				t.Errorf("fraction %v excerpt %q", d.Fraction, d.Excerpt)
			}
		})
	}
}

func TestSessionSignals(t *testing.T) {
	h := testkit.Header("Set-Cookie", "PHPSESSID=x; Path=/", "Set-Cookie", "theme=dark", "Vary", "Accept-Encoding, Cookie",
		"Cache-Control", "private, no-store")
	want := []string{"set-cookie on first visit: PHPSESSID, theme", "session-like cookie name: PHPSESSID",
		"vary: cookie", "cache-control: private", "cache-control: no-store"}
	if got := sessionSignals(h); !reflect.DeepEqual(got, want) {
		t.Errorf("sessionSignals = %q, want %q", got, want)
	}
	if got := sessionSignals(http.Header{}); got != nil {
		t.Errorf("no headers: %q", got)
	}
}

package measure

import (
	"reflect"
	"strings"
	"testing"
)

func TestParseRaw(t *testing.T) {
	cases := []struct {
		name   string
		html   string
		text   string
		mounts []string
	}{
		{"scripts and styles ignored", `<html><head><title>T</title><style>p{}</style></head><body><p>Hello <b>world</b></p><script>var x="hidden"</script><noscript>enable js</noscript><template>tpl</template></body></html>`,
			"Hello world", nil},
		{"empty next mount", `<body><div id="__next"></div></body>`, "", []string{"#__next"}},
		{"mount with only whitespace and script", `<body><div id="app">  <script>x()</script> </div><div id="root"><p>Hi</p></div></body>`, "Hi", []string{"#app"}},
		{"filled mounts are not empty", `<div id="__nuxt"><h1>Title</h1></div><div id="svelte">text</div>`, "Title text", nil},
		{"garbage", "<<<>>>&&&", "<<<>>>&&&", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := parseRaw([]byte(tc.html))
			if r.Text != tc.text || !reflect.DeepEqual(r.EmptyMounts, tc.mounts) {
				t.Errorf("parseRaw = %q %v, want %q %v", r.Text, r.EmptyMounts, tc.text, tc.mounts)
			}
		})
	}
}

func TestScriptOnlyFraction(t *testing.T) {
	cases := []struct {
		name          string
		raw, rendered string
		want          float64
	}{
		{"same text", "a b c d", "a b c d", 0},
		{"all client", "", "revenue today is up", 1},
		{"half", "Dashboard Menu", "Dashboard Menu Revenue 12", 0.5},
		{"repeated words count", "item", "item item item item", 0.75},
		{"nothing rendered", "raw text", "", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := scriptOnlyFraction(tc.raw, tc.rendered); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestNormalizeText(t *testing.T) {
	cases := []struct{ name, a, b string }{
		{"csrf tokens", "Form token Zx81KqP0aVb77Lm2Qw9tYuI3", "Form token Pq02LmZ8xCv11Nb4Rt7yUiO9"},
		{"uuids", "req 123e4567-e89b-12d3-a456-426614174000", "req 00000000-1111-2222-3333-444444444444"},
		{"build ids", "build 9f86d081884c7d659a2feaa0c55ad015", "build 2c26b46b68ffc68ff99b453c1d304134"},
		{"whitespace", "a   b\n\tc", "a b c"},
		{"iso times", "Rendered 2026-11-28T08:41:03.120Z", "Rendered 2026-11-28T08:42:17.004Z"},
		{"clock times", "Generated at 08:41:03", "Generated at 08:42:59"},
		{"unix millis", "ts 1795855263120", "ts 1795855299999"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if normalizeText(tc.a) != normalizeText(tc.b) {
				t.Errorf("%q and %q normalize differently: %q vs %q", tc.a, tc.b, normalizeText(tc.a), normalizeText(tc.b))
			}
		})
	}
	if normalizeText("Deal of 08:41 UTC") == normalizeText("Deal of 08:42 UTC") {
		t.Error("a time of day without seconds is content and must not be masked")
	}
	if normalizeText("Price 12 euro") == normalizeText("Price 13 euro") {
		t.Error("short numbers must not be masked")
	}
	if strings.Contains(normalizeText("supercalifragilisticexpialidocious"), "<token>") {
		t.Error("long plain words must not be masked")
	}
}

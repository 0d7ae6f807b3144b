package emit

import (
	"strings"
	"testing"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/rendermap/rendermap"
)

// hostileReason tries every way out of a comment or string.
const hostileReason = "ends */ a comment, \n// new line\r\u2028sep\u2029 'single' \"double\" `tick` ${x} </script> | pipe -- <!-- -->"

// hostileAudit is the demo audit plus routes whose patterns and reasons
// carry quotes, comment terminators, line breaks and odd segments.
func hostileAudit(t *testing.T) *rendermap.Audit {
	t.Helper()
	a := demoAudit(t)
	a.Site.Origin = "https://x.example\n*/ evil"
	a.FinishedAt = "2026-11-20T09:12:34Z */\n"
	a.Complete = false
	a.IncompleteReason = "interrupted\n*/ ouch"
	add := func(pattern string, rec rendermap.Recommendation, examples ...string) {
		rec.Reasons = []string{hostileReason}
		a.Routes = append(a.Routes, rendermap.Route{Discovery: rendermap.Discovery{Pattern: pattern, Examples: examples}, Advice: rendermap.Advice{Recommendation: rec}})
	}
	add(`/q'uote/[id]`, rendermap.Recommendation{Strategy: rendermap.Static}, `https://x.example/q'uote/it's`)
	add(`/d"quote*/x/[...rest]`, rendermap.Recommendation{Strategy: rendermap.ISR, RevalidateSeconds: 5}, `https://x.example/d"quote*/x/a/b%0Ac`)
	add("/line\nbreak/[[...opt]]", rendermap.Recommendation{Strategy: rendermap.Static}, "https://x.example/line\nbreak")
	add("/sep\u2028/[[lang]]/a", rendermap.Recommendation{Strategy: rendermap.SSR})
	add("/back\\slash/[class]", rendermap.Recommendation{Strategy: rendermap.ISR, RevalidateSeconds: 30, ClientIsland: true})
	add("/-->/[x]/`tick`", rendermap.Recommendation{Strategy: rendermap.Client})
	add("/_under/../..", rendermap.Recommendation{Strategy: rendermap.SSR})
	return a
}

// TestHostileInputParses checks that audit text cannot break the syntax of
// any generated file, for every target and option.
func TestHostileInputParses(t *testing.T) {
	a := hostileAudit(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			files := generate(t, a, tc.target, tc.opt)
			for _, f := range files {
				checkFile(t, f)
				if err := checkPath(f.Path); err != nil {
					t.Error(err)
				}
				if strings.Contains(string(f.Content), "\u2028") || strings.Contains(string(f.Content), "\r") {
					t.Errorf("%s: raw line separator in output", f.Path)
				}
			}
		})
	}
}

// TestReasonStaysInComment checks that a hostile reason only ever appears
// inside comments: the code left after esbuild strips comments holds none of it.
func TestReasonStaysInComment(t *testing.T) {
	a := hostileAudit(t)
	files := generate(t, a, "nuxt", Options{})
	res := api.Transform(string(files[0].Content), api.TransformOptions{Loader: api.LoaderTS, MinifyWhitespace: true})
	if len(res.Errors) > 0 {
		t.Fatal(res.Errors[0].Text)
	}
	if code := string(res.Code); strings.Contains(code, "new line") || strings.Contains(code, "pipe") {
		t.Errorf("reason text leaked into code:\n%s", code)
	}
	if !strings.Contains(string(files[0].Content), "ends * / a comment, // new line") {
		t.Errorf("reason not kept as one defused comment line:\n%s", files[0].Content)
	}
}

func TestJSStringRoundTrip(t *testing.T) {
	cases := map[string]string{
		"plain":       "abc",
		"quotes":      `it's "x"`,
		"backslash":   `a\b`,
		"line breaks": "a\nb\rc\u2028d\u2029e",
		"control":     "\x00\x1f\x7f",
		"comment":     "*/ </script>",
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			src := "export const s = " + jsString(in)
			res := api.Transform(src, api.TransformOptions{Loader: api.LoaderJS, Format: api.FormatCommonJS})
			if len(res.Errors) > 0 {
				t.Fatalf("%s: %s", src, res.Errors[0].Text)
			}
			if strings.ContainsAny(jsString(in), "\n\r\u2028\u2029") {
				t.Errorf("jsString(%q) has a raw line break", in)
			}
		})
	}
}

func TestOneLine(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"collapses breaks", "a\n\n b\r\tc", "a b c"},
		{"defuses block end", "x */ y", "x * / y"},
		{"unicode separators", "a\u2028b\u2029c", "a b c"},
		{"cuts long text", strings.Repeat("é", 200), strings.Repeat("é", maxReason-1) + "…"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := oneLine(tc.in, maxReason); got != tc.want {
				t.Errorf("oneLine(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestMarkdownEscaping(t *testing.T) {
	if got := mdCode("a`b|c"); got != "`a'b\\|c`" {
		t.Errorf("mdCode = %q", got)
	}
	if got := mdText("a|b <x> *y*"); got != `a\|b &lt;x&gt; \*y\*` {
		t.Errorf("mdText = %q", got)
	}
	if got := htmlComment("a -- b -->"); strings.Count(got, "-->") != 1 {
		t.Errorf("htmlComment let a terminator through: %q", got)
	}
}

// TestEmptyAudit checks an audit without routes still gives well-formed files.
func TestEmptyAudit(t *testing.T) {
	a := &rendermap.Audit{Schema: rendermap.SchemaVersion, Site: rendermap.Site{Origin: "https://x.example"}, Complete: true}
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			files := generate(t, a, tc.target, tc.opt)
			if len(files) == 0 {
				t.Fatal("no files")
			}
			for _, f := range files {
				checkFile(t, f)
			}
		})
	}
}

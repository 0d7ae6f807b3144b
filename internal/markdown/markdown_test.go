package markdown

import "testing"

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"plain words":                  "plain words",
		"[click](javascript:x)":        `\[click\](javascript:x)`,
		"<img src=x onerror=alert(1)>": "&lt;img src=x onerror=alert(1)&gt;",
		"a | b":                        `a \| b`,
		"# heading\n\nnext  line":      `\# heading next line`,
		"*bold* _it_ ~del~ `c` !x &y":  "\\*bold\\* \\_it\\_ \\~del\\~ \\`c\\` \\!x &amp;y",
		"tab\there\u2028sep":           "tab here sep",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCode(t *testing.T) {
	for in, want := range map[string]string{
		"max-age=60":       "`max-age=60`",
		"a|b":              "`a\\|b`",
		"x `y` z":          "`x 'y' z`",
		"`edge`":           "`'edge'`",
		"two\nlines  here": "`two lines here`",
	} {
		if got := Code(in); got != want {
			t.Errorf("Code(%q) = %q, want %q", in, got, want)
		}
	}
}

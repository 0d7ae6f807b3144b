package rendermap

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func lit(s string) Segment { return Segment{SegLiteral, s} }

func TestParsePattern(t *testing.T) {
	cases := []struct {
		name, in string
		want     Pattern
		bad      bool // ParsePattern reports a malformed segment
		canon    string
	}{
		{"root", "/", nil, false, "/"},
		{"empty is the root", "", nil, false, "/"},
		{"doubled slashes", "//", nil, false, "/"},
		{"literal", "/about", Pattern{lit("about")}, false, "/about"},
		{"no leading slash", "about/us", Pattern{lit("about"), lit("us")}, false, "/about/us"},
		{"trailing and doubled slashes", "/a//b/", Pattern{lit("a"), lit("b")}, false, "/a/b"},
		{"query and fragment dropped", "/search?q=#top", Pattern{lit("search")}, false, "/search"},
		{"param", "/products/[id]", Pattern{lit("products"), {SegParam, "id"}}, false, "/products/[id]"},
		{"optional param", "/[[lang]]/about", Pattern{{SegOptional, "lang"}, lit("about")}, false, "/[[lang]]/about"},
		{"catch-all", "/docs/[...slug]", Pattern{lit("docs"), {SegCatchAll, "slug"}}, false, "/docs/[...slug]"},
		{"optional catch-all", "/shop/[[...path]]", Pattern{lit("shop"), {SegOptionalCatchAll, "path"}}, false, "/shop/[[...path]]"},
		{"catch-all in the middle", "/wiki/[...path]/edit", Pattern{lit("wiki"), {SegCatchAll, "path"}, lit("edit")}, false, "/wiki/[...path]/edit"},
		{"name with odd characters", "/p/[post-id]/[it's]", Pattern{lit("p"), {SegParam, "post-id"}, {SegParam, "it's"}}, false, "/p/[post-id]/[it's]"},
		{"percent-encoded literal", "/caf%C3%A9/a%20b", Pattern{lit("caf%C3%A9"), lit("a%20b")}, false, "/caf%C3%A9/a%20b"},
		{"encoded brackets are a literal", "/%5Bid%5D", Pattern{lit("%5Bid%5D")}, false, "/%5Bid%5D"},
		{"brackets inside a literal", "/post-[id]/a[0]/x]", Pattern{lit("post-[id]"), lit("a[0]"), lit("x]")}, false, "/post-[id]/a[0]/x]"},
		{"empty brackets", "/a/[]", Pattern{lit("a"), lit("[]")}, true, "/a/[]"},
		{"empty catch-all", "/a/[...]", Pattern{lit("a"), lit("[...]")}, true, "/a/[...]"},
		{"empty optional", "/a/[[]]", Pattern{lit("a"), lit("[[]]")}, true, "/a/[[]]"},
		{"empty optional catch-all", "/a/[[...]]", Pattern{lit("a"), lit("[[...]]")}, true, "/a/[[...]]"},
		{"unbalanced", "/a/[[id]", Pattern{lit("a"), lit("[[id]")}, true, "/a/[[id]"},
		{"unclosed", "/a/[id", Pattern{lit("a"), lit("[id")}, true, "/a/[id"},
		{"two params in one segment", "/[a]-[b]", Pattern{lit("[a]-[b]")}, true, "/[a]-[b]"},
		{"nested brackets", "/[a[b]]", Pattern{lit("[a[b]]")}, true, "/[a[b]]"},
		{"two dots", "/[..x]", Pattern{lit("[..x]")}, true, "/[..x]"},
		{"four dots", "/[....x]", Pattern{lit("[....x]")}, true, "/[....x]"},
		{"first bad segment reported, rest parsed", "/[]/[id]", Pattern{lit("[]"), {SegParam, "id"}}, true, "/[]/[id]"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParsePattern(tc.in)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("ParsePattern(%q) (-want +got):\n%s", tc.in, d)
			}
			if (err != nil) != tc.bad {
				t.Errorf("ParsePattern(%q) error = %v, want error %v", tc.in, err, tc.bad)
			}
			if s := got.String(); s != tc.canon {
				t.Errorf("String() = %q, want %q", s, tc.canon)
			}
		})
	}
}

func TestMatchPattern(t *testing.T) {
	cases := []struct {
		name, pattern, path string
		want                bool
	}{
		{"root", "/", "/", true},
		{"root vs page", "/", "/about", false},
		{"literal", "/about", "/about", true},
		{"literal is case-sensitive", "/about", "/About", false},
		{"trailing slash", "/about", "/about/", true},
		{"doubled slash", "/a/b", "/a//b", true},
		{"query and fragment ignored", "/search", "/search?q=1#r", true},
		{"param", "/products/[id]", "/products/42", true},
		{"param missing", "/products/[id]", "/products", false},
		{"param too deep", "/products/[id]", "/products/42/reviews", false},
		{"nested", "/products/[id]/reviews", "/products/42/reviews", true},
		{"nested literal differs", "/products/[id]/reviews", "/products/42/specs", false},
		{"catch-all", "/docs/[...path]", "/docs/a/b/c", true},
		{"catch-all needs one", "/docs/[...path]", "/docs", false},
		{"catch-all in the middle", "/wiki/[...path]/edit", "/wiki/a/b/edit", true},
		{"catch-all in the middle needs the rest", "/wiki/[...path]/edit", "/wiki/a/b", false},
		{"catch-all in the middle needs one", "/wiki/[...path]/edit", "/wiki/edit", false},
		{"optional catch-all, none", "/shop/[[...p]]", "/shop", true},
		{"optional catch-all, one", "/shop/[[...p]]", "/shop/a", true},
		{"optional catch-all, many", "/shop/[[...p]]", "/shop/a/b", true},
		{"optional param, absent", "/[[lang]]/about", "/about", true},
		{"optional param, present", "/[[lang]]/about", "/en/about", true},
		{"optional param, one at most", "/[[lang]]/about", "/en/us/about", false},
		{"two catch-alls", "/[...a]/x/[[...b]]", "/1/x/2", true},
		{"encoded literal matches encoded path", "/a%20b", "/a%20b", true},
		{"encoded literal does not match decoded path", "/a%20b", "/a b", false},
		{"encoded brackets are literal", "/%5Bid%5D", "/42", false},
		{"brackets inside a literal", "/post-[id]", "/post-7", false},
		{"brackets inside a literal match themselves", "/post-[id]", "/post-[id]", true},
		{"empty brackets are literal", "/a/[]", "/a/7", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := MatchPattern(c.pattern, c.path); got != c.want {
				t.Errorf("MatchPattern(%q, %q) = %v, want %v", c.pattern, c.path, got, c.want)
			}
		})
	}
}

func TestBind(t *testing.T) {
	cases := []struct {
		pattern, path string
		want          []Binding
		ok            bool
	}{
		{"/about", "/about", nil, true},
		{"/p/[id]", "/p/7", []Binding{{"id", SegParam, []string{"7"}}}, true},
		{"/p/[id]", "/q/7", nil, false},
		{"/docs/[...s]", "/docs/a/b%20c", []Binding{{"s", SegCatchAll, []string{"a", "b%20c"}}}, true},
		{"/shop/[[...p]]", "/shop", []Binding{{"p", SegOptionalCatchAll, []string{}}}, true},
		{"/[[lang]]/about", "/about", []Binding{{"lang", SegOptional, []string{}}}, true},
		{"/[[lang]]/about", "/en/about", []Binding{{"lang", SegOptional, []string{"en"}}}, true},
		{"/[[a]]/[[b]]", "/x", []Binding{{"a", SegOptional, []string{"x"}}, {"b", SegOptional, []string{}}}, true},
		{"/[...a]/x/[[...b]]", "/1/x/2/x/3", []Binding{{"a", SegCatchAll, []string{"1", "x", "2"}}, {"b", SegOptionalCatchAll, []string{"3"}}}, true},
		{"/[...a]/x/[[...b]]", "/1/x/2", []Binding{{"a", SegCatchAll, []string{"1"}}, {"b", SegOptionalCatchAll, []string{"2"}}}, true},
	}
	for _, tc := range cases {
		t.Run(tc.pattern+" "+tc.path, func(t *testing.T) {
			p, _ := ParsePattern(tc.pattern)
			got, ok := p.Bind(PathSegments(nil, tc.path))
			if ok != tc.ok {
				t.Fatalf("Bind ok = %v, want %v", ok, tc.ok)
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Bind (-want +got):\n%s", d)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	// Most specific first.
	want := []string{
		"/a/b", "/a/[x]/c", "/a/[x]", "/a/[...x]/c", "/a/[...x]", "/a", "/a/[[x]]", "/a/[[...x]]", "/[y]/b", "/[...y]", "/[[y]]",
	}
	ps := make([]Pattern, len(want))
	for i, s := range want {
		ps[i], _ = ParsePattern(s)
	}
	got := slices.Clone(ps)
	slices.Reverse(got)
	slices.SortStableFunc(got, Pattern.Compare)
	names := make([]string, len(got))
	for i, p := range got {
		names[i] = p.String()
	}
	if d := cmp.Diff(want, names); d != "" {
		t.Errorf("order (-want +got):\n%s", d)
	}
	if p, q := ps[2], mustPattern(t, "/a/[y]"); p.Compare(q) != 0 {
		t.Errorf("same shape compared %d, want 0", p.Compare(q))
	}
}

func mustPattern(t *testing.T, s string) Pattern {
	t.Helper()
	p, err := ParsePattern(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

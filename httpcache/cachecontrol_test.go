package httpcache

import (
	"net/http"
	"reflect"
	"testing"
)

func TestParseCacheControl(t *testing.T) {
	cases := []struct {
		name string
		in   []string
		want func(d Directives) bool
	}{
		{"empty", nil, func(d Directives) bool { return d.Empty && d.MaxAge == -1 && d.SMaxAge == -1 }},
		{"next static", []string{"public, max-age=0, s-maxage=31536000"},
			func(d Directives) bool { return d.Public && d.MaxAge == 0 && d.SMaxAge == 31536000 }},
		{"isr", []string{"s-maxage=300, stale-while-revalidate=31535700"},
			func(d Directives) bool {
				return d.SMaxAge == 300 && d.StaleWhileRevalidate == 31535700 && d.SWRSeconds() == 31535700
			}},
		{"bare swr", []string{"s-maxage=60, stale-while-revalidate"},
			func(d Directives) bool { return d.BareSWR && d.SWRSeconds() == 31536000 }},
		{"private no-store", []string{"private, no-cache, no-store, max-age=0, must-revalidate"},
			func(d Directives) bool {
				return d.Private && d.NoCache && d.NoStore && d.MustRevalidate && d.MaxAge == 0
			}},
		{"case and spaces", []string{"  PUBLIC ,MAX-AGE = 60 "},
			func(d Directives) bool { return d.Public && d.MaxAge == 60 }},
		{"quoted value", []string{`max-age="120"`}, func(d Directives) bool { return d.MaxAge == 120 }},
		{"qualified private", []string{`private="Set-Cookie, X-User", max-age=60`},
			func(d Directives) bool {
				return !d.Private && reflect.DeepEqual(d.PrivateFields, []string{"set-cookie", "x-user"}) && d.MaxAge == 60
			}},
		{"qualified no-cache", []string{`no-cache="set-cookie"`},
			func(d Directives) bool { return !d.NoCache && len(d.NoCacheFields) == 1 }},
		{"garbage max-age", []string{"max-age=abc"},
			func(d Directives) bool { return d.MaxAge == 0 && d.InvalidMaxAge && len(d.Invalid) == 1 }},
		{"negative max-age", []string{"max-age=-5"}, func(d Directives) bool { return d.MaxAge == 0 && d.InvalidMaxAge }},
		{"huge max-age capped", []string{"max-age=99999999999999999999"}, func(d Directives) bool { return d.MaxAge == maxDelta }},
		{"duplicate conflicting, first wins", []string{"max-age=60", "max-age=3600"},
			func(d Directives) bool { return d.MaxAge == 60 && reflect.DeepEqual(d.Conflicts, []string{"max-age"}) }},
		{"duplicate same value", []string{"max-age=60, max-age=60"},
			func(d Directives) bool { return d.MaxAge == 60 && len(d.Conflicts) == 0 }},
		{"empty items", []string{",,, ,public,,"}, func(d Directives) bool { return d.Public && !d.Empty }},
		{"unknown directive", []string{"foo=bar, immutable"}, func(d Directives) bool { return d.Immutable && d.MaxAge == -1 }},
		{"unterminated quote", []string{`private="set-cookie, max-age=5`}, func(d Directives) bool { return !d.Private && d.MaxAge == -1 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if d := ParseCacheControl(tc.in); !tc.want(d) {
				t.Errorf("ParseCacheControl(%q) = %+v", tc.in, d)
			}
		})
	}
}

func FuzzParseCacheControl(f *testing.F) {
	for _, s := range []string{"public, max-age=0, s-maxage=31536000", `private="a,b"`, "max-age=abc", `"`, "=,=", "stale-while-revalidate"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := ParseCacheControl([]string{s, s})
		if d.MaxAge < -1 || d.SMaxAge < -1 || d.MaxAge > maxDelta || d.SWRSeconds() < 0 {
			t.Errorf("out of range: %+v", d)
		}
	})
}

func TestVaries(t *testing.T) {
	h := http.Header{"Vary": {"Accept-Encoding", " Cookie , accept-language"}}
	if !Varies(h, "cookie") || !Varies(h, "Accept-Language") || Varies(h, "user-agent") || Varies(http.Header{}, "cookie") {
		t.Errorf("Varies over %v gave the wrong answer", h)
	}
}

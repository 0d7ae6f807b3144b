package httpcache

import (
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/rendermap/rendermap/internal/text"
)

// maxDelta is the cap RFC 9111 §1.2.2 puts on delta-seconds values.
const maxDelta = 2147483648

// Directives is a parsed Cache-Control (or targeted CDN-Cache-Control) field.
// Delta-seconds directives are -1 when absent. Parsing never fails: garbage is
// recorded in Invalid and Conflicts and otherwise ignored.
type Directives struct {
	Public, Private, NoStore, NoCache  bool
	MustRevalidate, ProxyRevalidate    bool
	Immutable, NoTransform             bool
	MaxAge, SMaxAge                    int64
	StaleWhileRevalidate, StaleIfError int64
	// BareSWR is true for a stale-while-revalidate without a value.
	BareSWR bool
	// PrivateFields and NoCacheFields hold the field names of qualified forms.
	PrivateFields, NoCacheFields []string
	// InvalidMaxAge and InvalidSMaxAge are true when a value was not a number.
	InvalidMaxAge, InvalidSMaxAge bool
	// Invalid lists directives whose value could not be parsed.
	Invalid []string
	// Conflicts lists directives given more than once with different values.
	Conflicts []string
	// Empty is true when no directive was present at all.
	Empty bool
}

// ParseCacheControl parses the field lines of a Cache-Control header. When a
// directive appears twice the first occurrence wins and the conflict is recorded.
func ParseCacheControl(v []string) Directives {
	d := Directives{MaxAge: -1, SMaxAge: -1, StaleWhileRevalidate: -1, StaleIfError: -1, Empty: true}
	seen := map[string]string{}
	for _, line := range v {
		for _, item := range splitList(line) {
			name, val := splitDirective(item)
			if name == "" {
				continue
			}
			d.Empty = false
			if prev, ok := seen[name]; ok {
				if prev != val {
					d.Conflicts = text.AppendUnique(d.Conflicts, name)
				}
				continue
			}
			seen[name] = val
			d.apply(name, val)
		}
	}
	sort.Strings(d.Invalid)
	sort.Strings(d.Conflicts)
	return d
}

func (d *Directives) apply(name, val string) {
	switch name {
	case "public":
		d.Public = true
	case "private":
		d.PrivateFields = FieldNames(val)
		d.Private = len(d.PrivateFields) == 0
	case "no-store":
		d.NoStore = true
	case "no-cache":
		d.NoCacheFields = FieldNames(val)
		d.NoCache = len(d.NoCacheFields) == 0
	case "must-revalidate":
		d.MustRevalidate = true
	case "proxy-revalidate":
		d.ProxyRevalidate = true
	case "immutable":
		d.Immutable = true
	case "no-transform":
		d.NoTransform = true
	case "max-age":
		d.MaxAge, d.InvalidMaxAge = d.delta(name, val)
	case "s-maxage":
		d.SMaxAge, d.InvalidSMaxAge = d.delta(name, val)
	case "stale-while-revalidate":
		if val == "" {
			d.BareSWR = true
			return
		}
		d.StaleWhileRevalidate, _ = d.delta(name, val)
	case "stale-if-error":
		d.StaleIfError, _ = d.delta(name, val)
	}
}

// delta parses delta-seconds; an invalid value yields 0 (treated as stale,
// as RFC 9111 §4.2.1 encourages) and is recorded.
func (d *Directives) delta(name, val string) (int64, bool) {
	n, ok := parseDelta(val)
	if !ok {
		d.Invalid = text.AppendUnique(d.Invalid, name+"="+text.Truncate(val, 40))
		return 0, true
	}
	return n, false
}

func parseDelta(val string) (int64, bool) {
	if val == "" || strings.TrimLeft(val, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(val, 10, 64)
	if err != nil || n > maxDelta {
		return maxDelta, true
	}
	return n, true
}

// splitList splits a field value on commas outside quoted strings.
func splitList(s string) []string {
	var out []string
	var b strings.Builder
	quoted, escaped := false, false
	for _, r := range s {
		switch {
		case escaped:
			escaped = false
		case quoted && r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case r == ',' && !quoted:
			out = append(out, b.String())
			b.Reset()
			continue
		}
		b.WriteRune(r)
	}
	return append(out, b.String())
}

func splitDirective(item string) (name, val string) {
	name, val, _ = strings.Cut(strings.TrimSpace(item), "=")
	name = strings.ToLower(strings.TrimSpace(name))
	val = strings.TrimSpace(val)
	if len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"' {
		val = strings.ReplaceAll(val[1:len(val)-1], `\`, "")
	}
	return name, val
}

// FieldNames parses the field-name list of a qualified directive such as
// no-cache="Set-Cookie": lowercased, distinct and sorted.
func FieldNames(val string) []string {
	var out []string
	for _, f := range strings.Split(val, ",") {
		if f = strings.ToLower(strings.TrimSpace(f)); f != "" {
			out = text.AppendUnique(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// Varies reports whether the response's Vary header (all its lines) names
// field, case-insensitively.
func Varies(h http.Header, field string) bool {
	return slices.Contains(FieldNames(strings.Join(h.Values("Vary"), ",")), strings.ToLower(field))
}

// SWRSeconds returns the stale-while-revalidate window, with a bare directive
// meaning "indefinitely" (reported as one year).
func (d Directives) SWRSeconds() int64 {
	if d.BareSWR && d.StaleWhileRevalidate < 0 {
		return 31536000
	}
	return max(d.StaleWhileRevalidate, 0)
}

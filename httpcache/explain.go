package httpcache

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/text"
)

// understoodStatus lists the final status codes a cache understands (RFC 9111 §3).
var understoodStatus = map[int]bool{
	200: true, 203: true, 204: true, 300: true, 301: true, 302: true, 303: true,
	307: true, 308: true, 404: true, 405: true, 410: true, 414: true, 501: true,
}

// heuristicStatus lists the statuses that are cacheable by default (RFC 9110 §15.1).
var heuristicStatus = map[int]bool{
	200: true, 203: true, 204: true, 206: true, 300: true, 301: true, 308: true,
	404: true, 405: true, 410: true, 414: true, 501: true,
}

// targetedFields are the CDN-targeted cache fields (RFC 9213 and vendor
// variants), most specific first.
var targetedFields = []string{
	"Cloudflare-Cdn-Cache-Control", "Vercel-Cdn-Cache-Control",
	"Netlify-Cdn-Cache-Control", "Surrogate-Control", "Cdn-Cache-Control",
}

// response holds the parsed parts of one response that Explain reads.
type response struct {
	status    int
	h         http.Header
	now       time.Time
	cc        Directives // the browser-facing Cache-Control
	shared    Directives // the field a shared cache obeys (targeted or cc)
	target    string     // name of the targeted field used, if any
	vary      []string
	setCookie bool
	date      time.Time
	notes     Notes
}

// Explain explains the cacheability of one HTML response from the view
// of a shared cache (RFC 9111), tightened by what CDNs do in practice: a
// Set-Cookie or Vary: * makes a document not shared-cacheable. now stands in
// for a missing or broken Date header. It never fails; garbage is reported
// in Notes.
func Explain(status int, h http.Header, now time.Time) rendermap.Cache {
	if h == nil {
		h = http.Header{}
	}
	r := parseResponse(status, h, now)
	c := rendermap.Cache{
		CacheControl: strings.Join(h.Values("Cache-Control"), ", "),
		Vary:         strings.Join(h.Values("Vary"), ", "),
		SetCookie:    r.setCookie,
	}
	c.StorablePrivate = r.storable(r.cc, false)
	c.StorableShared = r.storable(r.shared, true) && r.sharedInPractice()
	c.Verdict = r.verdict(c)
	c.FreshnessSeconds, c.FreshnessSource = r.freshnessFor(c)
	c.StaleWhileRevalidateSeconds = r.shared.SWRSeconds()
	r.describe(c)
	c.Notes = r.notes.Sorted()
	return c
}

func parseResponse(status int, h http.Header, now time.Time) *response {
	r := &response{status: status, h: h, now: now}
	r.cc = ParseCacheControl(h.Values("Cache-Control"))
	if r.cc.Empty && pragmaNoCache(h) {
		r.cc.NoCache = true
		r.notes.Add("info", "pragma-no-cache", "Pragma: no-cache without Cache-Control is treated as no-cache.")
	}
	r.shared = r.cc
	for _, name := range targetedFields {
		if vs := h.Values(name); len(vs) > 0 {
			r.shared, r.target = ParseCacheControl(vs), name
			break
		}
	}
	r.vary = FieldNames(strings.Join(h.Values("Vary"), ","))
	r.setCookie = len(h.Values("Set-Cookie")) > 0
	r.date = r.parseDate("Date", now)
	return r
}

func pragmaNoCache(h http.Header) bool {
	return strings.Contains(strings.ToLower(strings.Join(h.Values("Pragma"), ",")), "no-cache")
}

// parseDate parses a date header; a missing one yields def, a broken one def and a note.
func (r *response) parseDate(name string, def time.Time) time.Time {
	v := r.h.Get(name)
	if v == "" {
		return def
	}
	t, err := http.ParseTime(v)
	if err != nil {
		r.notes.Add("warn", strings.ToLower(name)+"-invalid",
			fmt.Sprintf("The %s header %q is not a valid HTTP date, so it was ignored.", name, text.Truncate(v, 40)))
		return def
	}
	return t
}

// storable applies RFC 9111 §3 to directives d, for a shared or private cache.
func (r *response) storable(d Directives, shared bool) bool {
	if !understoodStatus[r.status] || d.NoStore || (shared && d.Private) || r.varyStar() {
		return false
	}
	explicit := r.h.Get("Expires") != "" || d.MaxAge >= 0 || d.Public ||
		(shared && d.SMaxAge >= 0) || (!shared && d.Private)
	return explicit || heuristicStatus[r.status]
}

// sharedInPractice reports the CDN-practice blockers beyond the RFC.
func (r *response) sharedInPractice() bool {
	return !r.setCookie
}

func (r *response) varyStar() bool {
	return slices.Contains(r.vary, "*")
}

func (r *response) verdict(c rendermap.Cache) string {
	switch {
	case r.status == 0:
		return "unknown"
	case c.StorableShared:
		return "shared"
	case c.StorablePrivate:
		return "private"
	}
	return "none"
}

// freshnessFor computes the freshness lifetime (RFC 9111 §4.2.1) in the
// shared view when a shared cache may store the response, else the private view.
func (r *response) freshnessFor(c rendermap.Cache) (int64, string) {
	if !c.StorableShared && !c.StorablePrivate {
		return 0, "none"
	}
	d := r.shared
	if !c.StorableShared {
		d = r.cc
	}
	secs, src := r.lifetime(d, c.StorableShared)
	if d.NoCache {
		return 0, src
	}
	return secs, src
}

func (r *response) lifetime(d Directives, shared bool) (int64, string) {
	switch {
	case shared && d.SMaxAge >= 0:
		return d.SMaxAge, "s-maxage"
	case d.MaxAge >= 0:
		return d.MaxAge, "max-age"
	case r.h.Get("Expires") != "":
		return r.expiresLifetime(), "expires"
	}
	if secs, ok := r.heuristic(); ok {
		return secs, "heuristic"
	}
	return 0, "none"
}

// expiresLifetime is Expires − Date; an invalid Expires means already expired.
func (r *response) expiresLifetime() int64 {
	exp, err := http.ParseTime(r.h.Get("Expires"))
	if err != nil {
		return 0
	}
	return max(int64(exp.Sub(r.date)/time.Second), 0)
}

// heuristic is 10% of the time since Last-Modified (RFC 9111 §4.2.2).
func (r *response) heuristic() (int64, bool) {
	if !heuristicStatus[r.status] {
		return 0, false
	}
	lm, err := http.ParseTime(r.h.Get("Last-Modified"))
	if err != nil || !lm.Before(r.date) {
		return 0, false
	}
	return int64(r.date.Sub(lm)/time.Second) / 10, true
}

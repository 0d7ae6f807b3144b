package httpcache

import (
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/text"
)

// describe adds the notes that explain a verdict c.
func (r *response) describe(c rendermap.Cache) {
	r.statusNotes()
	r.directiveNotes(r.shared)
	r.garbageNotes()
	r.varyNotes()
	r.cookieNotes()
	r.freshnessNotes(c)
	r.ageNote()
	r.validatorNote()
}

func (r *response) statusNotes() {
	switch {
	case r.status == 0:
		r.notes.Add("warn", "status-unknown", "The response status is unknown, so the verdict is a guess.")
	case !understoodStatus[r.status]:
		r.notes.Add("warn", "status-uncacheable",
			fmt.Sprintf("Status %d is not one caches store, so this response is not cached.", r.status))
	}
	if r.target != "" {
		r.notes.Add("info", "targeted-field",
			r.target+" overrides Cache-Control for CDNs (RFC 9213), so the shared-cache view uses it.")
		if r.cc.NoStore || r.cc.NoCache || r.cc.MaxAge == 0 {
			r.notes.Add("info", "browser-cache-control",
				"Browsers follow Cache-Control ("+text.Truncate(strings.Join(r.h.Values("Cache-Control"), ", "), 80)+") and keep no reusable copy.")
		}
	}
}

func (r *response) directiveNotes(d Directives) {
	if d.NoStore {
		r.notes.Add("warn", "no-store", "no-store forbids every cache from keeping a copy, so each visit reaches the origin.")
	}
	if d.Private {
		r.notes.Add("warn", "private", "private lets only the visitor's browser cache it; a CDN must not store it.")
	}
	if len(d.PrivateFields) > 0 {
		r.notes.Add("info", "private-fields", "private="+strings.Join(d.PrivateFields, ",")+" only keeps those header fields out of shared caches.")
	}
	if d.NoCache {
		r.notes.Add("info", "no-cache", "no-cache lets caches store it but requires revalidation with the origin before every reuse.")
	}
	if d.MustRevalidate || d.ProxyRevalidate {
		r.notes.Add("info", "must-revalidate", "must-revalidate forbids serving it stale once it expires, even if the origin is down.")
	}
	if s := d.SWRSeconds(); s > 0 {
		r.notes.Add("info", "stale-while-revalidate", fmt.Sprintf(
			"stale-while-revalidate lets caches serve it for up to %d s after it expires while they refresh it in the background.", s))
	}
	if d.StaleIfError > 0 {
		r.notes.Add("info", "stale-if-error", fmt.Sprintf(
			"stale-if-error lets caches serve it for up to %d s after it expires when the origin fails.", d.StaleIfError))
	}
	if d.Immutable {
		r.notes.Add("info", "immutable", "immutable tells browsers not to revalidate it while fresh, even on reload.")
	}
}

func (r *response) garbageNotes() {
	for _, d := range []Directives{r.cc, r.shared} {
		if len(d.Invalid) > 0 {
			r.notes.Add("warn", "cache-control-invalid", fmt.Sprintf(
				"Cache-Control has unparseable values (%s), so caches should treat the response as stale.", strings.Join(d.Invalid, ", ")))
		}
		if len(d.Conflicts) > 0 {
			r.notes.Add("warn", "cache-control-conflict", fmt.Sprintf(
				"Cache-Control repeats %s with different values; caches use the first one or treat the response as stale.", strings.Join(d.Conflicts, ", ")))
		}
		if d.Public && d.Private || d.NoStore && (d.MaxAge > 0 || d.SMaxAge > 0 || d.Public) {
			r.notes.Add("warn", "cache-control-contradiction",
				"Cache-Control contradicts itself (public with private, or no-store with a lifetime); caches obey the most restrictive directive.")
		}
	}
	if v := r.h.Get("Expires"); v != "" && v != "0" {
		if _, err := http.ParseTime(v); err != nil {
			r.notes.Add("warn", "expires-invalid", "The Expires header is not a valid date, which means the response is already expired.")
		}
	}
}

func (r *response) varyNotes() {
	switch {
	case slices.Contains(r.vary, "*"):
		r.notes.Add("warn", "vary-star", "Vary: * means a stored copy can never be reused, so nothing is effectively cached.")
	case slices.Contains(r.vary, "cookie"):
		r.notes.Add("warn", "vary-cookie", "Vary: Cookie keys the cache by each visitor's cookies, so a CDN rarely gets a hit (Vercel refuses to cache it).")
	case len(r.vary) > 0:
		r.notes.Add("info", "vary", "Vary: "+strings.Join(r.vary, ", ")+" stores one copy per value of those request headers.")
	}
}

func (r *response) cookieNotes() {
	if !r.setCookie {
		return
	}
	names := CookieNames(r.h.Values("Set-Cookie"))
	r.notes.Add("warn", "set-cookie-on-html", fmt.Sprintf(
		"The document sets a cookie (%s), which stops CDNs such as Cloudflare, Fastly and Varnish from caching it.", strings.Join(names, ", ")))
}

func (r *response) freshnessNotes(c rendermap.Cache) {
	switch {
	case c.FreshnessSource == "heuristic":
		r.notes.Add("warn", "heuristic-freshness", fmt.Sprintf(
			"There is no explicit lifetime, so caches may guess %d s (10%% of the time since Last-Modified).", c.FreshnessSeconds))
	case c.FreshnessSource == "none" && (c.StorableShared || c.StorablePrivate):
		r.notes.Add("info", "no-freshness", "There is no freshness information, so caches must revalidate before reuse.")
	case c.StorableShared && c.FreshnessSeconds > 0:
		r.notes.Add("info", "freshness", fmt.Sprintf(
			"Shared caches may reuse it for %d s (from %s).", c.FreshnessSeconds, c.FreshnessSource))
	case c.StorablePrivate && !c.StorableShared && c.FreshnessSeconds > 0:
		r.notes.Add("info", "freshness", fmt.Sprintf(
			"Browsers may reuse it for %d s (from %s).", c.FreshnessSeconds, c.FreshnessSource))
	}
}

func (r *response) ageNote() {
	v := r.h.Get("Age")
	if v == "" {
		return
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	if err != nil || n < 0 {
		r.notes.Add("warn", "age-invalid", fmt.Sprintf("The Age header %q is not a non-negative number, so it was ignored.", text.Truncate(v, 20)))
		return
	}
	r.notes.Add("info", "age", fmt.Sprintf("Age: %d means this copy was served from a cache.", n))
}

func (r *response) validatorNote() {
	var vs []string
	if r.h.Get("Etag") != "" {
		vs = append(vs, "ETag")
	}
	if r.h.Get("Last-Modified") != "" {
		vs = append(vs, "Last-Modified")
	}
	if len(vs) == 0 {
		r.notes.Add("info", "no-validators", "There is no ETag or Last-Modified, so caches cannot revalidate cheaply with a 304.")
	}
}

package httpcache

import (
	"net/http"
	"strings"
)

// cacheStatusEntry is one member of an RFC 9211 Cache-Status list.
type cacheStatusEntry struct {
	name   string
	hit    bool
	fwd    string
	status int
}

// parseCacheStatus parses an RFC 9211 Cache-Status field; the first entry is
// the cache closest to the origin.
func parseCacheStatus(v string) []cacheStatusEntry {
	var out []cacheStatusEntry
	for _, member := range splitList(v) {
		params := strings.Split(member, ";")
		e := cacheStatusEntry{name: strings.Trim(strings.TrimSpace(params[0]), `"`)}
		for _, p := range params[1:] {
			k, val, _ := strings.Cut(strings.TrimSpace(p), "=")
			switch strings.ToLower(k) {
			case "hit":
				e.hit = true
			case "fwd":
				e.fwd = strings.ToLower(strings.Trim(val, `"`))
			case "fwd-status":
				e.status = atoiOr(val, 0)
			}
		}
		if e.name != "" {
			out = append(out, e)
		}
	}
	return out
}

// cacheStatusField normalizes Cache-Status: the cache nearest the user that
// hit decides; otherwise the nearest cache's forward reason does.
func cacheStatusField(h http.Header) string {
	entries := parseCacheStatus(strings.Join(h.Values("Cache-Status"), ", "))
	for i := len(entries) - 1; i >= 0; i-- {
		if entries[i].hit {
			return entries[i].normalized()
		}
	}
	if len(entries) == 0 {
		return ""
	}
	return entries[len(entries)-1].normalized()
}

func (e cacheStatusEntry) normalized() string {
	switch {
	case e.hit && e.fwd == "stale":
		return StatusStale
	case e.hit:
		return StatusHit
	case e.fwd == "bypass" || e.fwd == "method" || e.fwd == "request":
		return StatusBypass
	case e.fwd == "stale" && e.status == http.StatusNotModified:
		return StatusRevalidated
	}
	return StatusMiss
}

// cacheStatusProvider names the provider from Cache-Status cache names.
func cacheStatusProvider(h http.Header) string {
	entries := parseCacheStatus(strings.Join(h.Values("Cache-Status"), ", "))
	if len(entries) == 0 {
		return ""
	}
	name := strings.ToLower(entries[len(entries)-1].name)
	switch {
	case strings.Contains(name, "netlify"):
		return "netlify"
	case strings.Contains(name, "next"):
		return "nextjs"
	case strings.Contains(name, "cloudflare"):
		return "cloudflare"
	}
	return strings.ReplaceAll(name, " ", "-")
}

func atoiOr(s string, def int) int {
	n := 0
	s = strings.TrimSpace(s)
	if s == "" {
		return def
	}
	for _, r := range s {
		if r < '0' || r > '9' || n > 1e6 {
			return def
		}
		n = n*10 + int(r-'0')
	}
	return n
}

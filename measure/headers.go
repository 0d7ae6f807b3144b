package measure

import (
	"net/http"
	"net/textproto"
	"strings"

	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/text"
)

// secretHeaders are never copied into an audit.
var secretHeaders = map[string]bool{
	"Authorization": true, "Proxy-Authorization": true, "Cookie": true,
	"X-Api-Key": true, "X-Auth-Token": true,
}

// redactHeaders flattens h for PageResult.Headers: keys lowercased, values
// joined, Set-Cookie reduced to cookie names and secret headers dropped.
// Any value containing one of secrets is dropped too.
func redactHeaders(h http.Header, secrets []string) map[string]string {
	out := map[string]string{}
	for k, vs := range h {
		ck := textproto.CanonicalMIMEHeaderKey(k)
		switch {
		case secretHeaders[ck]:
			continue
		case ck == "Set-Cookie":
			out["set-cookie"] = "[redacted] names=" + strings.Join(httpcache.CookieNames(vs), ",")
			continue
		}
		v := strings.Join(vs, ", ")
		if containsSecret(v, secrets) {
			continue
		}
		out[strings.ToLower(ck)] = text.Truncate(v, 512)
	}
	return out
}

func containsSecret(v string, secrets []string) bool {
	for _, s := range secrets {
		if len(s) >= 4 && strings.Contains(v, s) {
			return true
		}
	}
	return false
}

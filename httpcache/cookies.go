package httpcache

import (
	"sort"
	"strings"

	"github.com/rendermap/rendermap/internal/text"
)

// CookieNames returns the sorted, distinct names of Set-Cookie values.
func CookieNames(setCookies []string) []string {
	var names []string
	for _, sc := range setCookies {
		name, _, _ := strings.Cut(sc, "=")
		if name = strings.TrimSpace(name); name != "" && !strings.Contains(name, ";") {
			names = text.AppendUnique(names, name)
		}
	}
	sort.Strings(names)
	return names
}

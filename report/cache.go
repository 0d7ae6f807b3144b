package report

import (
	"fmt"
	"io"

	"github.com/rendermap/rendermap"
)

// WriteCache writes the explanation of one response's cacheability (the
// `cache` command): its status, verdict, freshness and every note.
func WriteCache(w io.Writer, status int, c rendermap.Cache) error {
	fmt.Fprintf(w, "status:        %d\n", status)
	fmt.Fprintf(w, "verdict:       %s (shared cache: %s, browser cache: %s)\n", oneLine(c.Verdict), yesNo(c.StorableShared), yesNo(c.StorablePrivate))
	fmt.Fprintf(w, "freshness:     %ds from %s\n", c.FreshnessSeconds, oneLine(c.FreshnessSource))
	if c.StaleWhileRevalidateSeconds > 0 {
		fmt.Fprintf(w, "stale-while-revalidate: %ds\n", c.StaleWhileRevalidateSeconds)
	}
	fmt.Fprintf(w, "cache-control: %s\n", oneLine(c.CacheControl))
	for _, n := range c.Notes {
		fmt.Fprintf(w, "  [%s] %s\n", n.Severity, oneLine(n.Message))
	}
	return nil
}

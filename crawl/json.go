package crawl

import (
	"encoding/json"
	"slices"

	"github.com/rendermap/rendermap"
)

// MarshalJSON writes the schema rendermap.discovery/v1: the routes carry
// only the fields discovery fills (a [rendermap.Discovery], with empty
// lists for nil ones); crawl_delay_seconds repeats site.crawl_delay_seconds
// at the top level, where v1 first had it.
func (r Result) MarshalJSON() ([]byte, error) {
	routes := slices.Clone(r.Routes)
	for i := range routes {
		routes[i].Examples = nonNil(routes[i].Examples)
		if routes[i].Sample == nil {
			routes[i].Sample = []rendermap.SampleURL{}
		}
	}
	if routes == nil {
		routes = []rendermap.Discovery{}
	}
	warnings := r.Warnings
	if warnings == nil {
		warnings = []rendermap.Warning{}
	}
	return json.Marshal(struct {
		Schema     string                `json:"schema"`
		Site       rendermap.Site        `json:"site"`
		Routes     []rendermap.Discovery `json:"routes"`
		Warnings   []rendermap.Warning   `json:"warnings"`
		CrawlDelay float64               `json:"crawl_delay_seconds,omitempty"`
		NotAudited []rendermap.Unaudited `json:"not_audited,omitempty"`
	}{r.Schema, r.Site, routes, warnings, r.Site.CrawlDelaySeconds, r.NotAudited})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

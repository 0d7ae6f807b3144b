package crawl

import (
	"encoding/json"

	"github.com/rendermap/rendermap"
)

// discoveryRoute is a Route as a Result writes it: discovery fields only.
// Its JSON keys are those of rendermap.Route, so a Result decodes back.
type discoveryRoute struct {
	Pattern         string                `json:"pattern"`
	Pages           int                   `json:"pages"`
	PagesSource     string                `json:"pages_source"`
	PagesLowerBound bool                  `json:"pages_lower_bound,omitempty"`
	Pinned          bool                  `json:"pinned,omitempty"`
	Examples        []string              `json:"examples"`
	QueryKeys       []string              `json:"query_keys,omitempty"`
	InSitemap       bool                  `json:"in_sitemap"`
	Sample          []rendermap.SampleURL `json:"sample"`
	Grouping        *rendermap.Grouping   `json:"grouping,omitempty"`
}

// MarshalJSON writes the schema rendermap.discovery/v1: the routes carry
// only the fields discovery fills; crawl_delay_seconds repeats
// site.crawl_delay_seconds at the top level, where v1 first had it.
func (r Result) MarshalJSON() ([]byte, error) {
	routes := make([]discoveryRoute, len(r.Routes))
	for i, x := range r.Routes {
		routes[i] = discoveryRoute{x.Pattern, x.Pages, x.PagesSource, x.PagesLowerBound, x.Pinned,
			nonNil(x.Examples), x.QueryKeys, x.InSitemap, x.Sample, x.Grouping}
		if routes[i].Sample == nil {
			routes[i].Sample = []rendermap.SampleURL{}
		}
	}
	warnings := r.Warnings
	if warnings == nil {
		warnings = []rendermap.Warning{}
	}
	return json.Marshal(struct {
		Schema     string                `json:"schema"`
		Site       rendermap.Site        `json:"site"`
		Routes     []discoveryRoute      `json:"routes"`
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

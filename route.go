package rendermap

import "encoding/json"

// Route is everything known about one route pattern: each stage owns one
// embedded part, so their fields appear at the route's top level in
// audit.json. The measured pages are Evidence.Pages; Discovery.Pages counts
// the URLs under the pattern.
type Route struct {
	// Discovery is filled by crawl.
	Discovery
	// Evidence is filled by measure.
	Evidence
	// Advice is filled by advise.
	Advice
}

// NewRoute starts a route from what discovery found, with empty lists
// where measure and advise add theirs.
func NewRoute(d Discovery) Route {
	return Route{Discovery: d, Advice: Advice{Alternatives: []Alternative{}, BreakEven: []BreakEven{}}}
}

// RoutesFrom starts one route per discovered pattern (see [NewRoute]); it
// is how an audit's routes are built from a discovery.
func RoutesFrom(ds []Discovery) []Route {
	out := make([]Route, len(ds))
	for i, d := range ds {
		out[i] = NewRoute(d)
	}
	return out
}

// MarshalJSON writes the parts in order, discovery, evidence, advice,
// except that grouping comes last, where audit.json v1 has it.
func (r Route) MarshalJSON() ([]byte, error) {
	type discovery Discovery // without methods
	return json.Marshal(struct {
		discovery
		Evidence
		Advice
		// Grouping, at the top level, hides discovery.Grouping.
		Grouping *Grouping `json:"grouping,omitempty"`
	}{discovery(r.Discovery), r.Evidence, r.Advice, r.Grouping})
}

package crawl

import "github.com/rendermap/rendermap"

// Fill sets the parts of an audit that discovery owns from r: the site,
// one route per pattern ([rendermap.RoutesFrom]), r's warnings after a's,
// and the URLs kept out. It is how an audit is built from a discovery,
// whether discovery ran now or was read back with [ReadResult].
func (r *Result) Fill(a *rendermap.Audit) {
	a.Site = r.Site
	a.Routes = rendermap.RoutesFrom(r.Routes)
	a.Warnings = append(a.Warnings, r.Warnings...)
	a.NotAudited = r.NotAudited
}

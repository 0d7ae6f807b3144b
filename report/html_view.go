package report

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/rendermap/rendermap"
)

// htmlPage is everything the HTML template shows; site text stays plain
// strings so html/template escapes it.
type htmlPage struct {
	Origin, Generated, Tool string
	Complete                bool
	IncompleteReason        string
	RouteCount, Pages       string
	Mix                     []mixRow
	MixChart                template.URL
	Changes                 []changeView
	Checks                  []checkRow
	Build                   *buildView
	Rows                    []routeRow
	Sections                []routeSection
	Assumptions             []string
	Warnings                []rendermap.Warning
	Settings                []kv
	NotAudited              []notAuditedRow
	CSS                     template.CSS
}

type kv struct{ Key, Value string }

type changeView struct {
	Rank           int
	ID, Pattern    string
	From, To       string
	Impact, Visits string
	Reason         string
}

type buildView struct {
	Verdict, Compute       string
	Chart                  template.URL
	Pages, Seconds, Budget string
	Crossover              string
	Fits                   bool
}

// routeRow is one line of the route table.
type routeRow struct {
	ID    string
	Cells []string
	// Changed is true when the recommendation differs from today.
	Changed bool
}

func buildPage(a *rendermap.Audit, opt Options) (*htmlPage, error) {
	p := &htmlPage{
		Origin: a.Site.Origin, Generated: generatedAt(a, opt), Tool: strings.TrimSpace(a.Tool.Name + " " + a.Tool.Version),
		Complete: a.Complete, IncompleteReason: a.IncompleteReason,
		RouteCount: fmtInt(int64(len(a.Routes))), Pages: fmtInt(int64(totalPages(a))),
		Mix: strategyMix(a), Changes: changeViews(a), Checks: checkRows(a), Warnings: a.Warnings, Settings: settingsView(a),
		CSS: template.CSS(reportCSS),
	}
	if a.Model != nil {
		p.Assumptions = a.Model.Assumptions
	}
	var err error
	if p.MixChart, err = mixChart(a); err != nil {
		return nil, fmt.Errorf("strategy mix chart: %w", err)
	}
	if p.Build, err = buildSection(a); err != nil {
		return nil, fmt.Errorf("build projection chart: %w", err)
	}
	p.Rows = routeRows(a)
	p.NotAudited = notAuditedRows(a)
	if p.Sections, err = routeSections(a); err != nil {
		return nil, err
	}
	return p, nil
}

// routeID is the anchor of the i-th route (sorted): site text never goes
// into an id.
func routeID(i int) string { return fmt.Sprintf("route-%d", i+1) }

func routeIndex(a *rendermap.Audit) map[*rendermap.Route]string {
	ids := map[*rendermap.Route]string{}
	for i, r := range sortedRoutes(a) {
		ids[r] = routeID(i)
	}
	return ids
}

func changeViews(a *rendermap.Audit) []changeView {
	ids := routeIndex(a)
	var out []changeView
	for i, c := range changes(a) {
		out = append(out, changeView{
			Rank: i + 1, ID: ids[c.Route], Pattern: c.Route.Pattern, From: c.From, To: c.To,
			Impact: impactLabel(c), Visits: visitsLabel(c.Route), Reason: firstReason(c.Route),
		})
	}
	return out
}

func visitsLabel(r *rendermap.Route) string {
	if r.Inputs == nil {
		return "–"
	}
	return fmtQty(r.Inputs.VisitsPerDay.Value)
}

func buildSection(a *rendermap.Audit) (*buildView, error) {
	c, ok := siteBuildCurve(a)
	if !ok {
		return nil, nil
	}
	chart, err := buildChart(c)
	if err != nil {
		return nil, err
	}
	v := &buildView{Chart: chart, Pages: fmtInt(int64(c.Pages)), Seconds: fmtDur(c.Seconds), Verdict: c.Verdict, Fits: c.Budget == 0 || c.Seconds <= c.Budget}
	if c.Budget > 0 {
		v.Budget = fmtDur(c.Budget)
	}
	if c.MaxPages > 0 {
		v.Crossover = fmtInt(int64(c.MaxPages))
	}
	if a.Model != nil && a.Model.ComputeSecondsPerDay > 0 {
		v.Compute = fmtQty(a.Model.ComputeSecondsPerDay)
	}
	return v, nil
}

func routeRows(a *rendermap.Audit) []routeRow {
	cells := tableRows(a)
	var out []routeRow
	for i, r := range sortedRoutes(a) {
		out = append(out, routeRow{ID: routeID(i), Cells: cells[i], Changed: r.Recommendation.Strategy != "" && r.Recommendation.Strategy != r.Current.Strategy})
	}
	return out
}

func settingsView(a *rendermap.Audit) []kv {
	s := a.Settings
	return []kv{
		{"Samples per URL", fmt.Sprint(s.Samples)},
		{"URLs per pattern", fmt.Sprint(s.URLsPerPattern)},
		{"Recheck after", fmtDur(float64(s.RecheckSeconds))},
		{"Concurrency", fmt.Sprint(s.Concurrency)},
		{"Maximum URLs", fmtInt(int64(s.MaxURLs))},
		{"Seed", fmt.Sprint(s.Seed)},
		{"User-Agent", s.UserAgent},
		{"URLs discovered", fmtInt(int64(a.Site.URLsDiscovered))},
		{"robots.txt read", yesNo(a.Site.RobotsTxt)},
		{"Sitemaps", strings.Join(a.Site.Sitemaps, ", ")},
		{"Started", a.StartedAt},
		{"Finished", a.FinishedAt},
	}
}

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
	// Stack names the detected framework and platform.
	Stack             string
	Complete          bool
	IncompleteReason  string
	RouteCount, Pages string
	// Lead answers the review's question in one paragraph.
	Lead      string
	Changes   []changeView
	ShowMoney bool
	Right     []rightGroup
	Cards     []card
	Mix       []mixRow
	MixChart  *chartView
	Checks    []checkRow
	Build     *buildView
	Rows      []routeRow
	// RouteHeader names the route table's columns.
	RouteHeader []string
	Sections    []routeSection
	Config      *configView
	Assumptions []string
	Warnings    []rendermap.Warning
	Settings    []kv
	NotAudited  []notAuditedRow
	CSS         template.CSS
}

type kv struct{ Key, Value string }

// card is one headline figure of the summary; Bad marks it red.
type card struct {
	Num, Label string
	Bad        bool
}

// routeRow is one line of the route table; each cell carries its
// column's name, which phones show beside the value.
type routeRow struct {
	ID    string
	Cells []kv
	// Changed is true when the recommendation differs from today.
	Changed bool
}

func buildPage(a *rendermap.Audit, opt Options) (*htmlPage, error) {
	cs := changes(a)
	p := &htmlPage{
		Origin: a.Site.Origin, Generated: generatedAt(a, opt), Tool: strings.TrimSpace(a.Tool.Name + " " + a.Tool.Version),
		Stack: stackSentence(a), Complete: a.Complete, IncompleteReason: a.IncompleteReason,
		RouteCount: fmtInt(int64(len(a.Routes))), Pages: fmtInt(int64(totalPages(a))), Lead: leadSentence(a, cs),
		Right: alreadyRight(a), Mix: strategyMix(a), Checks: checkRows(a), Warnings: a.Warnings, Settings: settingsView(a),
		CSS: template.CSS(reportCSS),
	}
	var configIDs map[*rendermap.Route]string
	p.Config, configIDs = configSection(a, cs)
	p.Changes = changeViews(a, cs, configIDs)
	p.ShowMoney = anyMoney(p.Changes)
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
	p.Cards = cards(a, cs, p.Build)
	p.Rows, p.RouteHeader = routeRows(a), routeHeader
	p.NotAudited = notAuditedRows(a)
	if p.Sections, err = routeSections(a, configIDs); err != nil {
		return nil, err
	}
	return p, nil
}

// cards are the summary's headline figures.
func cards(a *rendermap.Audit, cs []change, b *buildView) []card {
	out := []card{
		{Num: fmtInt(int64(len(cs))), Label: "of " + plural(len(a.Routes), "route") + " to change"},
		{Num: fmtInt(int64(totalPages(a))), Label: "pages"},
	}
	if b != nil {
		out = append(out, card{Num: fmtDurWords(b.Curve.Seconds), Label: "full static build, " + b.BudgetLabel, Bad: !b.Fits})
	}
	if a.Model != nil && a.Model.ComputeSecondsPerDay > 0 && !bad(a.Model.ComputeSecondsPerDay) {
		out = append(out, card{Num: fmtRead(a.Model.ComputeSecondsPerDay), Label: "compute-seconds a day, as recommended"})
	}
	return out
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

// routeHeader names the HTML route table's columns, as tableRows fills them.
var routeHeader = []string{"pattern", "pages", "TTFB p50/p95", "cacheable", "personalized", "today", "recommended", "confidence"}

func routeRows(a *rendermap.Audit) []routeRow {
	rows := tableRows(a)
	var out []routeRow
	for i, r := range sortedRoutes(a) {
		cells := make([]kv, len(rows[i]))
		for j, v := range rows[i] {
			cells[j] = kv{routeHeader[j], v}
		}
		out = append(out, routeRow{ID: routeID(i), Cells: cells, Changed: r.Recommendation.Strategy != "" && r.Recommendation.Strategy != r.Current.Strategy})
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

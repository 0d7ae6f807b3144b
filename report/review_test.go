package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// section returns the HTML of the report section with the given id.
func section(t *testing.T, out, id string) string {
	t.Helper()
	start := strings.Index(out, `<section id="`+id+`">`)
	if start < 0 {
		t.Fatalf("no section %s", id)
	}
	end := strings.Index(out[start:], "</section>")
	return strings.ReplaceAll(out[start:start+end], "<wbr>", "")
}

var tagRE2 = regexp.MustCompile(`<[^>]*>`)

// text is the visible text of some HTML.
func text(html string) string { return tagRE2.ReplaceAllString(html, " ") }

func TestChanges_RankedByWhatVisitorsGain(t *testing.T) {
	a := testkit.SampleAudit(t)
	var got []string
	for _, c := range changes(a) {
		got = append(got, c.Route.Pattern)
	}
	// Far visitor's first byte saved: 397, 125, 6 and 0 ms.
	if want := "/about /products/[id] /news /dashboard"; strings.Join(got, " ") != want {
		t.Errorf("changes ranked %q, want %q", got, want)
	}
	// Equal far-visitor gains: the larger compute saving first.
	news := &a.Routes[7]
	news.Recommendation.Gain.Today.FarMS = a.Routes[8].Recommendation.Gain.Today.FarMS
	news.Recommendation.Gain.Recommended.FarMS = a.Routes[8].Recommendation.Gain.Recommended.FarMS
	news.Recommendation.Gain.ComputeSecondsSavedPerDay = 1000
	if cs := changes(a); cs[1].Route.Pattern != "/news" || cs[2].Route.Pattern != "/products/[id]" {
		t.Errorf("with equal gains, %s ranks before %s", cs[1].Route.Pattern, cs[2].Route.Pattern)
	}
}

func TestChanges_WithoutGainFallBackToCompute(t *testing.T) {
	a := testkit.SampleAudit(t)
	eachRoute(a, func(r *rendermap.Route) { r.Recommendation.Gain, r.Recommendation.Cost = nil, nil })
	cs := changes(a)
	// Without gains, the known saving ranks first, then the upper bounds.
	for _, c := range cs {
		if c.Gain != nil || !c.Known {
			t.Errorf("%s: gain %v, known %v", c.Route.Pattern, c.Gain, c.Known)
		}
	}
	if got := computeLabel(cs[0]); cs[0].Route.Pattern != "/products/[id]" || got != "≤ 800" {
		t.Errorf("first change %s %q, want /products/[id] ≤ 800 (today's compute)", cs[0].Route.Pattern, got)
	}
}

var negativeNumber = regexp.MustCompile(`[-−]\s?\d`)

// TestHTML_ChangesSayWhatTheyCost: a change that costs compute says so in
// words, never as a negative saving, and its reason agrees with its columns.
func TestHTML_ChangesSayWhatTheyCost(t *testing.T) {
	a := testkit.SampleAudit(t)
	changesHTML := section(t, renderString(t, "html", a, Options{}), "changes")
	if m := negativeNumber.FindString(text(changesHTML)); m != "" {
		t.Errorf("changes show a negative number %q", m)
	}
	for _, want := range []string{"costs 0.49 more", "costs 1.1 more", "150 more", "saves 233", "5,800 fewer", "457 → 60 ms", "397 ms sooner", "no change"} {
		if !strings.Contains(changesHTML, want) {
			t.Errorf("changes lack %q", want)
		}
	}
	for _, c := range changes(a) {
		if why := decisionReason(c.Route); !strings.HasPrefix(why, string(c.Route.Recommendation.Strategy)) {
			t.Errorf("%s → %s: reason %q does not explain the recommended strategy", c.From, c.To, why)
		}
	}
}

// TestDecisionReason_NeverContradicts: a first reason written for a route
// that does not change ("client is how the route is served today") is not
// shown for a change; the reason today's strategy lost is.
func TestDecisionReason_NeverContradicts(t *testing.T) {
	a := testkit.SampleAudit(t)
	r := &a.Routes[6] // /dashboard, static today, client recommended
	r.Recommendation.Reasons = []string{"client is how the route is served today (cache-control: public); switching saves nothing"}
	got := decisionReason(r)
	if strings.Contains(got, "served today") || !strings.HasPrefix(got, "static loses: infeasible: the page's data is answered per visitor") {
		t.Errorf("reason = %q", got)
	}
}

func TestLead_FirstScreen(t *testing.T) {
	a := testkit.SampleAudit(t)
	out := renderString(t, "html", a, Options{})
	header := out[:strings.Index(out, "<main>")]
	if !strings.Contains(header, "Built with Next.js (App Router); served by Vercel.") {
		t.Error("the header does not name the framework and platform")
	}
	lead := section(t, out, "changes")
	for _, want := range []string{"Change 4 of 10 routes.", "6–397 ms sooner", "5,718 fewer requests a day", "232 fewer compute-seconds a day", "Confidence: high for 3, medium for 1."} {
		if !strings.Contains(lead, want) {
			t.Errorf("the lead lacks %q", want)
		}
	}
	right := section(t, out, "right")
	for _, p := range []string{"/account", "/search", "/category/[slug]"} {
		if !strings.Contains(right, p) {
			t.Errorf("already right lacks %s", p)
		}
	}
}

// TestHTML_BuildBudgetApplies: the whole-site build is compared with the
// budget of the routes recommended static, in words when none applies.
func TestHTML_BuildBudgetApplies(t *testing.T) {
	a := testkit.SampleAudit(t)
	build := section(t, renderString(t, "html", a, Options{}), "build")
	for _, bad := range []string{" 0 pages", "30 s", "/news"} {
		if strings.Contains(text(build), bad) {
			t.Errorf("build section mentions %q (the tightest budget of a route not recommended static)", bad)
		}
	}
	if !strings.Contains(build, "at most 10 min old") || !strings.Contains(build, "up to about 71,000 pages") {
		t.Errorf("build section does not state the 10 min budget and its page limit:\n%s", build)
	}
	eachRoute(a, func(r *rendermap.Route) {
		if r.Recommendation.Strategy == rendermap.Static {
			r.Recommendation.Strategy = rendermap.ISR
			r.Recommendation.RevalidateSeconds = 60
		}
	})
	out := renderString(t, "html", a, Options{})
	if build := section(t, out, "build"); !strings.Contains(build, "no freshness budget applies") || strings.Contains(build, "sw-dash-red") {
		t.Errorf("without static routes the build section should say no budget applies:\n%s", build)
	}
	if !strings.Contains(section(t, out, "summary"), "full static build, no budget applies") || strings.Contains(section(t, out, "summary"), "card bad") {
		t.Error("the build card flags a build no budget applies to")
	}
}

func TestHTML_ClientRenderingLeavesOutPrefetches(t *testing.T) {
	a := testkit.SampleAudit(t)
	out := renderString(t, "html", a, Options{})
	blog := out[strings.Index(out, `<article class="route" id="route-4">`):strings.Index(out, `<article class="route" id="route-5">`)]
	if !strings.Contains(blog, "12 requests for other pages (not this page&#39;s data)") {
		t.Error("/blog does not count its navigation prefetches apart")
	}
	if !strings.Contains(blog, "<dt>data requests</dt><dd>none</dd>") {
		t.Error("/blog lists data requests")
	}
}

// TestHTML_ConfigLines: every change links to its route's config lines for
// the detected framework's target, without the generated-file header.
func TestHTML_ConfigLines(t *testing.T) {
	a := testkit.SampleAudit(t)
	out := renderString(t, "html", a, Options{})
	config := section(t, out, "config")
	for _, c := range changeViews(a, changes(a), configIDsOf(a)) {
		if c.ConfigID == "" || !strings.Contains(out, `href="#`+c.ConfigID+`"`) || !strings.Contains(config, `id="`+c.ConfigID+`"`) {
			t.Errorf("%s: no link to config lines (%q)", c.Pattern, c.ConfigID)
		}
	}
	for _, want := range []string{"generated for <strong>next</strong>", "app/products/[id]/page.tsx", "export const revalidate = 540", "export const dynamic = &#39;force-static&#39;"} {
		if !strings.Contains(config, want) {
			t.Errorf("config lacks %q", want)
		}
	}
	if strings.Contains(config, "Generated by rendermap") {
		t.Error("config repeats the generated-file header")
	}
	a.Site.Framework = &rendermap.Detection{ID: "hugo", Name: "Hugo"}
	if config := section(t, renderString(t, "html", a, Options{}), "config"); !strings.Contains(config, "<strong>json</strong>") || !strings.Contains(config, "&#34;revalidate_seconds&#34;: 540") {
		t.Error("an unknown framework does not fall back to json lines")
	}
}

func configIDsOf(a *rendermap.Audit) map[*rendermap.Route]string {
	_, ids := configSection(a, changes(a))
	return ids
}

func TestMarkdown_ChangesFirst(t *testing.T) {
	out := renderString(t, "markdown", testkit.SampleAudit(t), Options{})
	order := []string{"**Change 4 of 10 routes.**", "### Changes to make", "### Already right", "### Strategy mix", "### Routes"}
	last := -1
	for _, s := range order {
		i := strings.Index(out, s)
		if i < 0 || i < last {
			t.Errorf("%q missing or out of order", s)
		}
		last = i
	}
	changes := out[strings.Index(out, "### Changes to make"):strings.Index(out, "### Already right")]
	if m := negativeNumber.FindString(changes); m != "" {
		t.Errorf("markdown changes show a negative number %q", m)
	}
	if !strings.Contains(changes, "| 1 | `/about` | ssr → **static** | 457 → 60 ms (397 ms sooner) |") {
		t.Errorf("first change is not /about with its gain:\n%s", changes)
	}
}

func TestFmtRead(t *testing.T) {
	cases := map[float64]string{0: "0", 0.289: "0.29", 0.0083: "0.0083", 1.05: "1.1", 9.96: "10", 17.28: "17", 237.07: "237", 5812.8: "5,813", 1.8e6: "1.8M", -0.49: "-0.49"}
	for v, want := range cases {
		if got := fmtRead(v); got != want {
			t.Errorf("fmtRead(%v) = %q, want %q", v, got, want)
		}
	}
	if got := savesOrCosts(-17.28); got != "costs 17 more" {
		t.Errorf("savesOrCosts(-17.28) = %q", got)
	}
	if got := fmtRate(0.0083); got != "once every 120 days" {
		t.Errorf("fmtRate(0.0083) = %q", got)
	}
}

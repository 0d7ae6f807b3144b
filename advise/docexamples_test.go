package advise

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// docExamples are the worked examples of docs/model.md. The test renders
// each with the model and checks that the document shows exactly that, so
// the document cannot drift from the code (-update rewrites it).
var docExamples = []struct {
	name string
	in   Inputs
}{
	{"products", Inputs{Pages: 2000, VisitsPerDay: 20000, RenderSeconds: 0.04, APISeconds: 0.04, ChangesPerDay: 5760, ChangesHigh: 12000,
		ChangeRateKnown: true, SharedClock: true, BudgetSeconds: 3600, BuildOverheadSeconds: 60, BuildWorkers: 4,
		MaxDeploysPerDay: 24, Indexable: true, EdgeMS: 20, OriginMS: 60, NetworkMS: 20}},
	{"shipping", Inputs{Pages: 1, VisitsPerDay: 10, RenderSeconds: 0.021, APISeconds: 0.021, ChangesPerDay: 0.0083, ChangesHigh: 0.037,
		ChangeRateKnown: true, BudgetSeconds: 3600, BuildOverheadSeconds: 60, BuildWorkers: 4, MaxDeploysPerDay: 24,
		Indexable: true, EdgeMS: 20, OriginMS: 41, NetworkMS: 20}},
	{"search", Inputs{Pages: 30, OpenURLSpace: true, VisitsPerDay: 30, RenderSeconds: 0.025, APISeconds: 0.025, ChangesPerDay: 1,
		ChangesHigh: 1960, ChangeRateKnown: true, BudgetSeconds: 3600, BuildOverheadSeconds: 60, BuildWorkers: 4,
		MaxDeploysPerDay: 24, EdgeMS: 20, OriginMS: 45, NetworkMS: 20}},
	{"blog", Inputs{Pages: 12000, VisitsPerDay: 120000, RenderSeconds: 0.05, APISeconds: 0.05, ChangesPerDay: 0.00682, ChangesHigh: 0.0075,
		ChangeRateKnown: true, BudgetSeconds: 3600, BuildOverheadSeconds: 60, BuildWorkers: 4, MaxDeploysPerDay: 24,
		Indexable: true, EdgeMS: 20, OriginMS: 70, NetworkMS: 20}},
}

// renderExample states every figure the model computes for in.
func renderExample(in Inputs) string {
	opts := options(in)
	ch := choose(opts, in)
	var b strings.Builder
	for _, o := range opts {
		fmt.Fprintf(&b, "%-6s %s\n", o.s, exampleCost(o))
	}
	best := opts[ch.best]
	fmt.Fprintf(&b, "pick   %s\n", strategyText(best))
	for _, line := range wrap(string(opts[ch.best].s)+": "+decision(opts, ch), 110) {
		fmt.Fprintf(&b, "       %s\n", line)
	}
	return b.String()
}

func exampleCost(o option) string {
	c := o.c
	s := fmt.Sprintf("compute %s s/day, %s %s/day, origin requests %s/day, worst staleness %s",
		num(c.ComputeSecondsPerDay), num(c.EventsPerDay), eventName(o.s), num(c.OriginRequestsPerDay), human(c.StalenessWorstS))
	if o.s == rendermap.ISR && o.T > 0 {
		s = fmt.Sprintf("T = %s, hit ratio %.0f%%, ", human(o.T.Seconds()), c.HitRatio*100) + s
	}
	if o.s == rendermap.Static {
		s = fmt.Sprintf("build %s, ", human(c.BuildSeconds)) + s
	}
	s += fmt.Sprintf(", TTFB near %s ms / far %s ms", num(c.Visitors.NearMS), num(c.Visitors.FarMS))
	if !c.Feasible {
		s += "; infeasible: " + c.Infeasible
	}
	return strings.Join(wrap(s, 110), "\n       ")
}

func strategyText(o option) string {
	if o.s == rendermap.ISR {
		return "isr, revalidate " + human(o.T.Seconds())
	}
	return string(o.s)
}

// wrap breaks s into lines of at most n bytes at spaces.
func wrap(s string, n int) []string {
	var out []string
	for len(s) > n {
		cut := strings.LastIndex(s[:n], " ")
		if cut <= 0 {
			cut = n
		}
		out, s = append(out, s[:cut]), strings.TrimSpace(s[cut:])
	}
	return append(out, s)
}

func TestModelDocExamples(t *testing.T) {
	path := filepath.Join("..", "docs", "model.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	for _, ex := range docExamples {
		re := regexp.MustCompile("(?s)(<!-- example " + ex.name + " -->\n```text\n)(.*?)(```\n<!-- /example -->)")
		m := re.FindStringSubmatch(doc)
		if m == nil {
			t.Errorf("docs/model.md has no example %q block", ex.name)
			continue
		}
		want := renderExample(ex.in)
		if testkit.Update() {
			doc = re.ReplaceAllLiteralString(doc, m[1]+want+m[3])
			continue
		}
		if m[2] != want {
			t.Errorf("docs/model.md example %q drifted from the code (run go test ./advise -update):\n--- doc\n%s--- code\n%s", ex.name, m[2], want)
		}
	}
	if testkit.Update() {
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

package crawl

import (
	"fmt"

	"github.com/rendermap/rendermap"
)

// pinnedEvidence is the grouping evidence of a pinned pattern.
const pinnedEvidence = "given with --route (or crawl.routes)"

// describe says why p's URLs form its pattern and how sure that is.
func (r *refiner) describe(p *part) rendermap.Grouping {
	n := len(p.pages)
	switch {
	case p.pinned:
		return rendermap.Grouping{By: "pinned", Confidence: "high", Evidence: pinnedEvidence, PagesCompared: n}
	case p.by == "framework":
		return frameworkGrouping(p, n)
	case p.by == "template" && p.splitFrom != "":
		return rendermap.Grouping{By: "template", Confidence: "medium", PagesCompared: n, Templates: 1,
			Evidence: fmt.Sprintf("its page's template differs from the other pages of %s (similarity %.2f)", p.splitFrom, p.sim)}
	case p.by == "template":
		return mergedGrouping(p, n)
	}
	return r.urlGrouping(p, n)
}

func frameworkGrouping(p *part, n int) rendermap.Grouping {
	g := rendermap.Grouping{By: "framework", Confidence: "high", PagesCompared: n, Templates: 1,
		Evidence: fmt.Sprintf("%s named by %s", p.route, plural(n, "rendered page"))}
	if n == 0 {
		g.Confidence, g.Templates = "medium", 0
		g.Evidence = fmt.Sprintf("no page of it was rendered; its URLs fall under the %s", p.route)
	}
	return g
}

func mergedGrouping(p *part, n int) rendermap.Grouping {
	conf := "medium"
	if n >= 5 && p.sim >= sureTemplate && p.joined == 0 {
		conf = "high"
	}
	ev := fmt.Sprintf("%s share one template (similarity at least %.2f); the URL shape alone gave %d patterns",
		plural(n, "rendered page"), p.sim, p.merged)
	if p.joined > 0 {
		ev += fmt.Sprintf(", %d of them without a rendered page", p.joined)
	}
	return rendermap.Grouping{By: "template", Confidence: conf, Evidence: ev, PagesCompared: n, Templates: 1}
}

func (r *refiner) urlGrouping(p *part, n int) rendermap.Grouping {
	g := rendermap.Grouping{By: "url", Confidence: "medium", PagesCompared: n}
	if n > 0 && !r.oneTemplate(p) {
		g.Templates = p.templates
	} else if n > 0 {
		g.Templates = 1
	}
	switch {
	case n == 0:
		g.Evidence = "URL shape only; no page of it was rendered"
	case p.splitOff > 0:
		g.Evidence = fmt.Sprintf("URL shape; %s share one template; pages with another template became patterns of their own (%d)",
			plural(n, "rendered page"), p.splitOff)
	case g.Templates > 1:
		g.Confidence = "low"
		g.Evidence = fmt.Sprintf("URL shape; its %s show %d templates that the URL does not tell apart", plural(n, "rendered page"), g.Templates)
	case n == 1:
		g.Evidence = "URL shape; 1 page rendered"
	default:
		g.Confidence = "high"
		g.Evidence = fmt.Sprintf("URL shape; %s share one template", plural(n, "rendered page"))
	}
	return g
}

// plural is "1 page" or "N pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

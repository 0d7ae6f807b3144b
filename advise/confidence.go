package advise

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// variant is the route's inputs with one input moved, labelled for reasons.
type variant struct {
	label    string
	measured bool // moved within a measured interval rather than around a default
	in       Inputs
}

// confidence is "low" without successful samples, "medium" when the pick
// flips inside a measured interval or when a defaulted input moves tenfold,
// and "high" otherwise. It returns the sentence that explains it.
func confidence(r *rendermap.Route, g gathered, pick rendermap.Strategy) (string, string) {
	if g.renderN == 0 {
		return "low", "confidence low: no URL of this pattern was measured successfully, so render time is a default" + failures(r)
	}
	var flips []string
	measured := false
	for _, v := range variants(g) {
		opts := options(v.in)
		if opts[choose(opts, v.in).best].s != pick {
			flips = append(flips, v.label)
			measured = measured || v.measured
		}
	}
	switch {
	case len(flips) == 0:
		return "high", "confidence high: the choice holds across the measured intervals and a tenfold change of every assumed input"
	case measured:
		return "medium", "confidence medium: the choice flips within the measured interval (" + strings.Join(flips, "; ") + ")"
	}
	return "medium", "confidence medium: the choice depends on assumed inputs (" + strings.Join(flips, "; ") + ")"
}

func failures(r *rendermap.Route) string {
	n := 0
	for _, p := range r.Evidence.Pages {
		if p.Error != "" {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d sampled URLs failed)", n)
}

func variants(g gathered) []variant {
	base := g.in
	var out []variant
	add := func(label string, measured bool, f func(*Inputs)) {
		v := base
		f(&v)
		out = append(out, variant{label: label, measured: measured, in: v})
	}
	for _, x := range g.renderCI {
		add("render "+human(x), true, func(in *Inputs) { in.RenderSeconds = x })
	}
	if base.ChangeRateKnown {
		for _, x := range g.changeCI {
			add(num(x)+" changes/day", true, func(in *Inputs) { in.ChangesPerDay = x })
		}
	}
	for _, k := range []float64{0.1, 10} {
		if g.mi.VisitsPerDay.Source == "default" {
			add(fmt.Sprintf("views ×%g", k), false, func(in *Inputs) { in.VisitsPerDay *= k; scaleOpen(in, k) })
		}
		if !base.ChangeRateKnown {
			add(fmt.Sprintf("changes ×%g", k), false, func(in *Inputs) { in.ChangesPerDay *= k })
		}
	}
	return out
}

// scaleOpen keeps views per URL fixed in an open URL space.
func scaleOpen(in *Inputs, k float64) {
	if in.OpenURLSpace {
		in.Pages *= k
	}
}

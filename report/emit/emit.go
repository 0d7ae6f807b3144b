package emit

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/rendermap/rendermap"
)

// Options tune a target's output.
type Options struct {
	// NextRouter is "app" (the default) or "pages".
	NextRouter string
	// NextCacheComponents selects the Next 16 'use cache' / cacheLife model.
	NextCacheComponents bool
	// Source names the audit file, for the header comment.
	Source string
	// Platform overrides the audit's detected platform (site.platform.id),
	// e.g. "vercel"; targets whose syntax depends on the host use it.
	Platform string
}

// File is one generated file; Path is relative and uses forward slashes.
type File struct {
	Path    string
	Content []byte
}

// route is an audit route with its parsed pattern.
type route struct {
	rendermap.Route
	segs []segment
}

// job is one generation: the audit, the options and the routes in output order.
type job struct {
	a      *rendermap.Audit
	opt    Options
	routes []route
}

var generators = map[string]func(*job) []File{
	"astro":     genAstro,
	"json":      genJSON,
	"netlify":   genNetlify,
	"next":      genNext,
	"nuxt":      genNuxt,
	"sveltekit": genSvelteKit,
	"vercel":    genVercel,
}

// frameworkTargets maps a detected framework (site.framework.id) to its
// target and, for Next.js, its router.
var frameworkTargets = map[string][2]string{
	"next-app": {"next", "app"}, "next-pages": {"next", "pages"}, "next": {"next", ""},
	"nuxt": {"nuxt", ""}, "astro": {"astro", ""}, "sveltekit": {"sveltekit", ""},
}

// TargetFor returns the target (and Next.js router) for a detected
// framework id, or "" when rendermap has no target for it.
func TargetFor(framework string) (target, router string) {
	t := frameworkTargets[framework]
	return t[0], t[1]
}

// Targets lists the valid target names, sorted.
func Targets() []string {
	out := make([]string, 0, len(generators))
	for name := range generators {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Generate renders the audit's recommendations as config for target. The
// files come back sorted by path.
func Generate(a *rendermap.Audit, target string, opt Options) ([]File, error) {
	gen, ok := generators[target]
	if !ok {
		return nil, fmt.Errorf("unknown target %q (valid: %s)", target, strings.Join(Targets(), ", "))
	}
	if a == nil {
		return nil, errors.New("generate: no audit")
	}
	if err := checkOptions(target, &opt); err != nil {
		return nil, err
	}
	routes, err := sortedRoutes(a.Routes)
	if err != nil {
		return nil, err
	}
	files := gen(&job{a: a, opt: opt, routes: routes})
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

func checkOptions(target string, opt *Options) error {
	switch opt.NextRouter {
	case "":
		opt.NextRouter = "app"
	case "app", "pages":
	default:
		return fmt.Errorf("next router %q: want app or pages", opt.NextRouter)
	}
	if target == "next" && opt.NextRouter == "pages" && opt.NextCacheComponents {
		return errors.New("next cache components need the app router")
	}
	return nil
}

// sortedRoutes checks every recommendation and orders routes by pattern.
func sortedRoutes(in []rendermap.Route) ([]route, error) {
	out := make([]route, 0, len(in))
	for _, r := range in {
		if err := checkRecommendation(r); err != nil {
			return nil, err
		}
		out = append(out, route{Route: r, segs: parsePattern(r.Pattern)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Pattern < out[j].Pattern })
	return out, nil
}

func checkRecommendation(r rendermap.Route) error {
	rec := r.Recommendation
	switch rec.Strategy {
	case rendermap.Static, rendermap.SSR, rendermap.Client:
		return nil
	case rendermap.ISR:
		if rec.RevalidateSeconds < 1 {
			return fmt.Errorf("route %q: isr needs revalidate_seconds >= 1, got %d", r.Pattern, rec.RevalidateSeconds)
		}
		return nil
	}
	return fmt.Errorf("route %q: unknown strategy %q", r.Pattern, rec.Strategy)
}

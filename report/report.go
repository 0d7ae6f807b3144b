package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/rendermap/rendermap"
)

// Options tune a reporter.
type Options struct {
	// Color enables ANSI color in the table; the caller decides
	// (terminal && !NO_COLOR && !--no-color). Other formats ignore it.
	Color bool
	// Secrets are literal values (cookie values, Authorization headers) that
	// are replaced by [redacted] wherever they appear.
	Secrets []string
	// Now stamps "generated at"; nil means the audit's FinishedAt is used.
	Now func() time.Time
}

// Reporter renders an audit to w.
type Reporter func(w io.Writer, a *rendermap.Audit, opt Options) error

var reporters = map[string]Reporter{
	"html":     HTML,
	"json":     JSON,
	"junit":    JUnit,
	"markdown": Markdown,
	"table":    Table,
}

// Names returns the registered format names, sorted.
func Names() []string {
	names := make([]string, 0, len(reporters))
	for n := range reporters {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Lookup returns the reporter registered under name, or an error that lists
// the valid names.
func Lookup(name string) (Reporter, error) {
	r, ok := reporters[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (valid: %s)", name, strings.Join(Names(), ", "))
	}
	return r, nil
}

// Write renders a in the named format to w.
func Write(w io.Writer, name string, a *rendermap.Audit, opt Options) error {
	r, err := Lookup(name)
	if err != nil {
		return err
	}
	if a == nil {
		return fmt.Errorf("report %s: no audit", name)
	}
	return r(w, a, opt)
}

// generatedAt is the stamp shown in reports: Options.Now when set, else the
// audit's own FinishedAt, so output stays reproducible.
func generatedAt(a *rendermap.Audit, opt Options) string {
	if opt.Now != nil {
		return opt.Now().UTC().Format(time.RFC3339)
	}
	return a.FinishedAt
}

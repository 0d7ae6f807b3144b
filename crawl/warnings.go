package crawl

import (
	"cmp"
	"fmt"
	"slices"
	"sync"

	"github.com/rendermap/rendermap"
)

// maxWarningsPerSource bounds warnings of one source; the rest are counted.
const maxWarningsPerSource = 50

// warnings collects warnings from any goroutine.
type warnings struct {
	mu      sync.Mutex
	list    []rendermap.Warning
	count   map[string]int
	dropped map[string]int
}

func newWarnings() *warnings {
	return &warnings{count: map[string]int{}, dropped: map[string]int{}}
}

func (w *warnings) add(x *rendermap.Warning) {
	if x == nil {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.count[x.Source] >= maxWarningsPerSource {
		w.dropped[x.Source]++
		return
	}
	w.count[x.Source]++
	w.list = append(w.list, *x)
}

func (w *warnings) addf(source, u, format string, args ...any) {
	w.add(warning(source, u, format, args...))
}

// sorted returns the warnings sorted, with one summary per source that
// had some dropped.
func (w *warnings) sorted() []rendermap.Warning {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := slices.Clone(w.list)
	for src, n := range w.dropped {
		out = append(out, rendermap.Warning{Source: src,
			Message: fmt.Sprintf("%d more %s warnings were not listed", n, src)})
	}
	slices.SortFunc(out, func(a, b rendermap.Warning) int {
		return cmp.Or(cmp.Compare(a.Source, b.Source), cmp.Compare(a.URL, b.URL), cmp.Compare(a.Message, b.Message))
	})
	if out == nil {
		out = []rendermap.Warning{}
	}
	return out
}

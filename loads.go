package rendermap

import "sync"

// maxLoads bounds the loads a Loads keeps: discovery renders a few pages
// per pattern, and measuring can use only the ones it samples.
const maxLoads = 512

// Loads keeps the pages one audit run has loaded in the browser, by URL,
// so that a later stage can use a load instead of making it again:
// discovery keeps its renders, and measuring compares a page's first load
// with discovery's (see measure.Options.Earlier). It is safe for
// concurrent use; nil keeps nothing.
type Loads struct {
	mu sync.Mutex
	m  map[string]*Rendered
}

// NewLoads returns an empty Loads.
func NewLoads() *Loads {
	return &Loads{m: map[string]*Rendered{}}
}

// Keep records r as url's load, without its links and template, which no
// later stage reads. The first load of a URL stays; past maxLoads nothing
// more is kept.
func (l *Loads) Keep(url string, r *Rendered) {
	if l == nil || r == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.m[url]; ok || len(l.m) >= maxLoads {
		return
	}
	kept := *r
	kept.Links, kept.Template = nil, nil
	l.m[url] = &kept
}

// Get returns url's kept load, or nil.
func (l *Loads) Get(url string) *Rendered {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.m[url]
}

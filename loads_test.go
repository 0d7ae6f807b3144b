package rendermap

import (
	"fmt"
	"testing"
)

// TestLoadsKeep: the first load of a URL stays, links and template are
// dropped, nothing past maxLoads is kept, and a nil Loads keeps nothing.
func TestLoadsKeep(t *testing.T) {
	l := NewLoads()
	l.Keep("u", &Rendered{Title: "first", Links: []string{"x"}, Template: []uint32{1}})
	l.Keep("u", &Rendered{Title: "second"})
	if r := l.Get("u"); r == nil || r.Title != "first" || r.Links != nil || r.Template != nil {
		t.Fatalf("Get(u) = %+v, want the first load without links and template", r)
	}
	for i := range maxLoads {
		l.Keep(fmt.Sprint("p", i), &Rendered{})
	}
	if l.Get(fmt.Sprint("p", maxLoads-2)) == nil || l.Get(fmt.Sprint("p", maxLoads-1)) != nil {
		t.Errorf("want loads kept up to %d in all, then none", maxLoads)
	}
	var none *Loads
	none.Keep("u", &Rendered{})
	if none.Get("u") != nil {
		t.Error("a nil Loads returned a load")
	}
}

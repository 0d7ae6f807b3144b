package crawl

import (
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

// Thresholds of the grouping rule described in the package doc.
const (
	// MinSlugSiblings is how many untyped siblings of one shape, below the
	// top level, turn into one [slug] parameter.
	MinSlugSiblings = 8
	// MinTopSlugSiblings is the same threshold for first path segments,
	// which name site sections and so stay literal unless very many.
	MinTopSlugSiblings = 40
	// maxExamples is how many example URLs a group keeps.
	maxExamples = 5
	// maxQueryKeys bounds the query keys recorded per group.
	maxQueryKeys = 64
)

// Group is one inferred (or pinned) route pattern.
type Group struct {
	// Pattern is the route in bracket style, e.g. /products/[id].
	Pattern string `json:"pattern"`
	// URLs counts the input URLs the pattern holds.
	URLs int `json:"urls"`
	// Examples holds up to five of those URLs, sorted.
	Examples []string `json:"examples"`
	// QueryKeys lists the query keys seen, sorted.
	QueryKeys []string `json:"query_keys,omitempty"`
	// Pinned is true when the user gave the pattern.
	Pinned bool `json:"pinned,omitempty"`
	// Grouping says why the URLs form this pattern. Infer leaves it nil;
	// discovery fills it once rendered pages were compared.
	Grouping *rendermap.Grouping `json:"grouping,omitempty"`
}

// Infer groups URLs (absolute or paths) into route patterns, honouring
// pinned patterns first. The result is sorted by pattern and depends only
// on the set of inputs, not their order.
func Infer(urls []string, pinned []string) []Group {
	groups, _ := InferIndex(urls, pinned)
	return groups
}

// InferIndex is Infer that also returns, for each input URL, the index of
// its group in the result.
func InferIndex(urls []string, pinned []string) ([]Group, []int32) {
	inf := newInference(pinned, len(urls))
	assign := inf.assign(urls)
	order := inf.sortedOrder()
	for i, g := range assign {
		assign[i] = order[g]
	}
	groups := make([]Group, len(inf.patterns))
	for old, pat := range inf.patterns {
		groups[order[old]] = Group{Pattern: pat, Pinned: old < len(inf.pinned)}
	}
	summarize(groups, urls, assign)
	return groups, assign
}

// inference holds the state of one Infer call.
type inference struct {
	pinned    []string            // sorted most specific first
	pinnedPat []rendermap.Pattern // pinned, parsed
	patterns  []string            // pattern of each group id; pinned ones first
	ids       map[string]int32
	trie      *rawTrie
	rep       []int32 // raw trie node → group id
}

func newInference(pinned []string, n int) *inference {
	inf := &inference{ids: map[string]int32{}, trie: newRawTrie(n)}
	for _, p := range pinned {
		p = cleanPattern(p)
		if _, dup := inf.ids[p]; !dup && p != "" {
			inf.ids[p] = int32(len(inf.patterns))
			inf.patterns = append(inf.patterns, p)
		}
	}
	inf.pinned = slices.Clone(inf.patterns)
	slices.SortStableFunc(inf.pinned, compareSpecificity)
	for _, p := range inf.pinned {
		pat, _ := rendermap.ParsePattern(p) // Discover refuses bad pins; Infer reads them leniently
		inf.pinnedPat = append(inf.pinnedPat, pat)
	}
	return inf
}

// assign maps every URL to a group id, building and grouping the trie.
func (inf *inference) assign(urls []string) []int32 {
	out := make([]int32, len(urls))
	ends := make([]uint32, len(urls))
	for i, u := range urls {
		path, _ := splitURL(u)
		if g, ok := inf.matchPinned(path); ok {
			out[i], ends[i] = g, 0
			continue
		}
		out[i], ends[i] = -1, inf.trie.insert(path)
	}
	inf.trie.freeze()
	inf.rep = make([]int32, len(inf.trie.parent))
	inf.group([]uint32{0}, "", 0, nameCounts{})
	for i, g := range out {
		if g < 0 {
			out[i] = inf.rep[ends[i]]
		}
	}
	inf.trie = nil
	return out
}

// pattern returns the id of a pattern, adding it when new.
func (inf *inference) pattern(p string) int32 {
	if id, ok := inf.ids[p]; ok {
		return id
	}
	id := int32(len(inf.patterns))
	inf.ids[p] = id
	inf.patterns = append(inf.patterns, p)
	return id
}

// sortedOrder maps group ids to their rank by pattern.
func (inf *inference) sortedOrder() []int32 {
	idx := make([]int32, len(inf.patterns))
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int { return strings.Compare(inf.patterns[a], inf.patterns[b]) })
	order := make([]int32, len(idx))
	for rank, id := range idx {
		order[id] = int32(rank)
	}
	return order
}

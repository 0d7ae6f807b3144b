package crawl

import "strconv"

// nameCounts counts parameter names already used in a pattern prefix, so
// that a second [slug] becomes [slug2].
type nameCounts [segSlug + 1]uint8

// childGroup is a set of raw trie nodes that become one pattern segment.
type childGroup struct {
	kind    segKind
	literal string
	nodes   []uint32
}

// group assigns the raw nodes (all matching prefix) and recurses into their
// children, merged per the grouping rule.
func (inf *inference) group(nodes []uint32, prefix string, depth int, names nameCounts) {
	inf.markTerminal(nodes, prefix)
	cs := collectChildren(inf.trie, nodes)
	for _, c := range decideChildren(inf.trie, cs, depth) {
		seg, next := c.literal, names
		if c.kind != segLiteral {
			seg = paramSegment(c.kind, &next)
		}
		inf.group(c.nodes, prefix+"/"+seg, depth+1, next)
	}
}

func (inf *inference) markTerminal(nodes []uint32, prefix string) {
	if prefix == "" {
		prefix = "/"
	}
	id := int32(-1)
	for _, n := range nodes {
		if inf.trie.terminal[n] == 0 {
			continue
		}
		if id < 0 {
			id = inf.pattern(prefix)
		}
		inf.rep[n] = id
	}
}

func paramSegment(k segKind, names *nameCounts) string {
	names[k]++
	name := paramName[k]
	if names[k] > 1 {
		name += strconv.Itoa(int(names[k]))
	}
	return "[" + name + "]"
}

// childSet lists the distinct child keys of a set of nodes, with the raw
// children under each key in CSR form.
type childSet struct {
	keys  []string
	start []int
	nodes []uint32
}

func (cs *childSet) of(i int) []uint32 { return cs.nodes[cs.start[i]:cs.start[i+1]] }

func collectChildren(t *rawTrie, parents []uint32) childSet {
	if len(parents) == 1 {
		return singleParentChildren(t, parents[0])
	}
	idx := map[string]int{}
	var cs childSet
	var keyOf []int
	var all []uint32
	for _, p := range parents {
		for _, c := range t.children(p) {
			i, ok := idx[t.seg[c]]
			if !ok {
				i = len(cs.keys)
				idx[t.seg[c]] = i
				cs.keys = append(cs.keys, t.seg[c])
			}
			keyOf = append(keyOf, i)
			all = append(all, c)
		}
	}
	cs.start, cs.nodes = bucketByKey(len(cs.keys), keyOf, all)
	return cs
}

// singleParentChildren needs no map: one node's children have distinct keys.
func singleParentChildren(t *rawTrie, p uint32) childSet {
	kids := t.children(p)
	cs := childSet{keys: make([]string, len(kids)), start: make([]int, len(kids)+1), nodes: kids}
	for i, c := range kids {
		cs.keys[i] = t.seg[c]
		cs.start[i+1] = i + 1
	}
	return cs
}

// bucketByKey is a counting sort of nodes by their key index.
func bucketByKey(nkeys int, keyOf []int, all []uint32) ([]int, []uint32) {
	start := make([]int, nkeys+1)
	for _, k := range keyOf {
		start[k+1]++
	}
	for i := 1; i <= nkeys; i++ {
		start[i] += start[i-1]
	}
	out := make([]uint32, len(all))
	fill := append([]int(nil), start[:nkeys]...)
	for j, k := range keyOf {
		out[fill[k]] = all[j]
		fill[k]++
	}
	return start, out
}

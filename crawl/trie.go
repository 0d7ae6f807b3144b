package crawl

import "strings"

// maxSegments bounds the depth inference looks at; deeper tails such as
// /a/a/a/... fold into one [...rest] parameter.
const maxSegments = 24

// edgeKey names a child by its parent and segment key.
type edgeKey struct {
	parent uint32
	seg    string
}

// rawTrie is the prefix tree of every URL path, with typed segments (ids,
// UUIDs, hashes, dates) already folded into one child per type. It keeps
// one flat slice per field and a pointer-free edge map keyed by a hash of
// (parent, segment), so a million URLs cost little memory and GC work;
// the rare hash collision goes to a small exact map.
type rawTrie struct {
	edges    map[uint64]uint32
	collided map[edgeKey]uint32
	parent   []uint32
	seg      []string
	terminal []int32
	// first and kids hold children in CSR form once freeze has run.
	first []uint32
	kids  []uint32
}

func newRawTrie(hint int) *rawTrie {
	t := &rawTrie{
		edges:    make(map[uint64]uint32, hint),
		parent:   make([]uint32, 0, hint),
		seg:      make([]string, 0, hint),
		terminal: make([]int32, 0, hint),
	}
	t.add(0, "")
	return t
}

func (t *rawTrie) add(parent uint32, seg string) uint32 {
	id := uint32(len(t.parent))
	t.parent = append(t.parent, parent)
	t.seg = append(t.seg, seg)
	t.terminal = append(t.terminal, 0)
	return id
}

// child returns the child of parent under key, creating it when missing.
func (t *rawTrie) child(parent uint32, key string) uint32 {
	h := edgeHash(parent, key)
	id, ok := t.edges[h]
	if !ok {
		id = t.add(parent, key)
		t.edges[h] = id
		return id
	}
	if t.parent[id] == parent && t.seg[id] == key {
		return id
	}
	return t.childCollided(parent, key)
}

func (t *rawTrie) childCollided(parent uint32, key string) uint32 {
	k := edgeKey{parent, key}
	if id, ok := t.collided[k]; ok {
		return id
	}
	if t.collided == nil {
		t.collided = map[edgeKey]uint32{}
	}
	id := t.add(parent, key)
	t.collided[k] = id
	return id
}

// edgeHash is FNV-1a over the parent id and the segment.
func edgeHash(parent uint32, seg string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < 4; i++ {
		h ^= uint64(byte(parent >> (8 * i)))
		h *= 1099511628211
	}
	for i := 0; i < len(seg); i++ {
		h ^= uint64(seg[i])
		h *= 1099511628211
	}
	return h
}

// insert adds one URL path and returns the node it ends at.
func (t *rawTrie) insert(path string) uint32 {
	node, depth, prev := uint32(0), 0, segLiteral
	for path != "" {
		seg, rest := nextSegment(path)
		path = rest
		if seg == "" {
			continue
		}
		if depth == maxSegments {
			node = t.child(node, typedKeys[segRest])
			break
		}
		key := seg
		if prev = classifyIn(seg, prev, rest); prev != segLiteral {
			key = typedKeys[prev]
		}
		node = t.child(node, key)
		depth++
	}
	t.terminal[node]++
	return node
}

func nextSegment(p string) (seg, rest string) {
	for i := 0; i < len(p); i++ {
		if p[i] == '/' {
			return p[:i], p[i+1:]
		}
	}
	return p, ""
}

// freeze drops the edge map and builds the child lists.
func (t *rawTrie) freeze() {
	t.edges, t.collided = nil, nil
	n := len(t.parent)
	t.first = make([]uint32, n+1)
	for id := 1; id < n; id++ {
		t.first[t.parent[id]+1]++
	}
	for i := 1; i <= n; i++ {
		t.first[i] += t.first[i-1]
	}
	t.kids = make([]uint32, n)
	fill := append([]uint32(nil), t.first[:n]...)
	for id := 1; id < n; id++ {
		p := t.parent[id]
		t.kids[fill[p]] = uint32(id)
		fill[p]++
	}
}

func (t *rawTrie) children(id uint32) []uint32 {
	return t.kids[t.first[id]:t.first[id+1]]
}

// splitURL returns the path and query of an absolute URL or of a path.
func splitURL(u string) (path, query string) {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		j := 0
		for j < len(u) && u[j] != '/' && u[j] != '?' && u[j] != '#' {
			j++
		}
		u = u[j:]
	}
	for i := 0; i < len(u); i++ {
		switch u[i] {
		case '#':
			return u[:i], ""
		case '?':
			q := u[i+1:]
			for j := 0; j < len(q); j++ {
				if q[j] == '#' {
					q = q[:j]
					break
				}
			}
			return u[:i], q
		}
	}
	return u, ""
}

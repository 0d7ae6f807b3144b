package crawl

import (
	"cmp"
	"slices"
	"strings"
)

// summarize fills each group's URL count, examples and query keys.
func summarize(groups []Group, urls []string, assign []int32) {
	ex := make([]exampleSet, len(groups))
	keys := make([]map[string]bool, len(groups))
	for i, u := range urls {
		g := assign[i]
		groups[g].URLs++
		ex[g].offer(u)
		if _, q := splitURL(u); q != "" {
			keys[g] = addQueryKeys(keys[g], q)
		}
	}
	for g := range groups {
		groups[g].Examples = ex[g].sorted()
		groups[g].QueryKeys = sortedKeys(keys[g])
	}
}

// exampleSet keeps the URLs with the smallest hashes: a spread of examples
// that does not depend on input order.
type exampleSet struct {
	n    int
	hash [maxExamples]uint64
	url  [maxExamples]string
}

// pathHash is the mixed hash of u's path (query included) by which
// examples and samples are ordered, so that they do not depend on the order
// URLs were found in.
func pathHash(u string) uint64 { return mix64(fnv64(u[pathStart(u):])) }

// byPathHash orders URLs by pathHash, then by text.
func byPathHash(a, b string) int {
	return cmp.Or(cmp.Compare(pathHash(a), pathHash(b)), cmp.Compare(a, b))
}

func (e *exampleSet) offer(u string) {
	h := pathHash(u)
	i := e.n
	for i > 0 && less(h, u, e.hash[i-1], e.url[i-1]) {
		i--
	}
	if i >= maxExamples {
		return
	}
	if e.n < maxExamples {
		e.n++
	}
	copy(e.hash[i+1:e.n], e.hash[i:e.n-1])
	copy(e.url[i+1:e.n], e.url[i:e.n-1])
	e.hash[i], e.url[i] = h, u
}

func less(h1 uint64, u1 string, h2 uint64, u2 string) bool {
	return h1 < h2 || h1 == h2 && u1 < u2
}

func (e *exampleSet) sorted() []string {
	out := slices.Clone(e.url[:e.n])
	slices.Sort(out)
	out = slices.Compact(out)
	if out == nil {
		out = []string{}
	}
	return out
}

// pathStart is the index where the path of an absolute URL begins, so that
// example choice does not depend on the host.
func pathStart(u string) int {
	i := strings.Index(u, "://")
	if i < 0 {
		return 0
	}
	if j := strings.IndexByte(u[i+3:], '/'); j >= 0 {
		return i + 3 + j
	}
	return len(u)
}

func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix64 is the splitmix64 finalizer. FNV leaves URLs that differ only in
// their last bytes (/products/69510, /products/69511) with neighbouring
// hashes; mixing spreads them, so the smallest hashes are scattered examples.
func mix64(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

func addQueryKeys(set map[string]bool, q string) map[string]bool {
	for q != "" {
		var pair string
		pair, q, _ = strings.Cut(q, "&")
		k, _, _ := strings.Cut(pair, "=")
		if k == "" || set[k] {
			continue
		}
		if set == nil {
			set = map[string]bool{}
		}
		if len(set) < maxQueryKeys {
			set[strings.Clone(k)] = true
		}
	}
	return set
}

func sortedKeys(set map[string]bool) []string {
	if len(set) == 0 {
		return nil
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

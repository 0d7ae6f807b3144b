package measure

import (
	"hash/fnv"
	"time"
)

// observation is one look at a page's content, for change detection.
type observation struct {
	at time.Time
	// text is the normalized visible text of the HTML, or the normalized
	// bodies of a client-rendered page's data requests.
	text string
	// raw hashes the bytes as served, tokens and timestamps included.
	raw uint64
}

// gap is the time between two consecutive observations of one page and
// what changed across it.
type gap struct {
	from, to time.Time
	// changed is true when the normalized content differs.
	changed bool
	// churn is true when only tokens and timestamps differ.
	churn bool
}

// seconds is the length of the gap.
func (g gap) seconds() float64 { return g.to.Sub(g.from).Seconds() }

func newObservation(at time.Time, text string, body []byte) observation {
	return observation{at: at, text: text, raw: hashBytes(body)}
}

// gapsOf compares each observation with the one before.
func gapsOf(obs []observation) []gap {
	var out []gap
	for i := 1; i < len(obs); i++ {
		a, b := obs[i-1], obs[i]
		if !b.at.After(a.at) {
			continue
		}
		changed := a.text != b.text
		out = append(out, gap{from: a.at, to: b.at, changed: changed, churn: !changed && a.raw != b.raw})
	}
	return out
}

func hashBytes(b []byte) uint64 {
	h := fnv.New64a()
	_, _ = h.Write(b)
	return h.Sum64()
}

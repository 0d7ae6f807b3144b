package httpcache

import (
	"sort"

	"github.com/rendermap/rendermap"
)

// Notes collects findings, one per code: the first one added wins.
type Notes []rendermap.Note

// Add records a finding unless one with its code is already there.
func (l *Notes) Add(severity, code, msg string) {
	for _, n := range *l {
		if n.Code == code {
			return
		}
	}
	*l = append(*l, rendermap.Note{Severity: severity, Code: code, Message: msg})
}

var severityRank = map[string]int{"error": 0, "warn": 1, "info": 2}

// Sorted returns the notes most severe first, then by code.
func (l Notes) Sorted() []rendermap.Note {
	out := append([]rendermap.Note{}, l...)
	sort.SliceStable(out, func(i, j int) bool {
		if severityRank[out[i].Severity] != severityRank[out[j].Severity] {
			return severityRank[out[i].Severity] < severityRank[out[j].Severity]
		}
		return out[i].Code < out[j].Code
	})
	return out
}

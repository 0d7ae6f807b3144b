package emit

import (
	"github.com/rendermap/rendermap"
)

// RoutesSchemaVersion names the neutral routes document the json target writes.
const RoutesSchemaVersion = "rendermap.routes/v1"

// routesDoc is the json target's document (docs/routes.schema.json).
type routesDoc struct {
	Schema        string        `json:"schema"`
	GeneratedFrom generatedFrom `json:"generated_from"`
	Routes        []routeEntry  `json:"routes"`
}

// generatedFrom names the audit a document came from; JSON has no comments.
type generatedFrom struct {
	Audit      string `json:"audit"`
	Origin     string `json:"origin"`
	FinishedAt string `json:"finished_at"`
	Complete   bool   `json:"complete"`
}

type routeEntry struct {
	Pattern  string             `json:"pattern"`
	Strategy rendermap.Strategy `json:"strategy"`
	// RevalidateSeconds is null unless Strategy is isr.
	RevalidateSeconds *int64   `json:"revalidate_seconds"`
	Reasons           []string `json:"reasons"`
	Confidence        string   `json:"confidence,omitempty"`
	ClientIsland      bool     `json:"client_island"`
	Personalized      bool     `json:"personalized"`
}

func genJSON(j *job) []File {
	source := j.opt.Source
	if source == "" {
		source = "audit.json"
	}
	doc := routesDoc{
		Schema:        RoutesSchemaVersion,
		GeneratedFrom: generatedFrom{Audit: source, Origin: j.a.Site.Origin, FinishedAt: j.a.FinishedAt, Complete: j.a.Complete},
		Routes:        make([]routeEntry, 0, len(j.routes)),
	}
	for _, r := range j.routes {
		doc.Routes = append(doc.Routes, entry(r))
	}
	return []File{{Path: "routes.json", Content: encodeJSON(doc)}}
}

func entry(r route) routeEntry {
	rec := r.Recommendation
	e := routeEntry{
		Pattern:      r.Pattern,
		Strategy:     rec.Strategy,
		Reasons:      append([]string{}, rec.Reasons...),
		Confidence:   rec.Confidence,
		ClientIsland: rec.ClientIsland,
		Personalized: r.Personalized.Personalized,
	}
	if rec.Strategy == rendermap.ISR {
		n := rec.RevalidateSeconds
		e.RevalidateSeconds = &n
	}
	return e
}

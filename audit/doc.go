// Package audit runs one audit of a site: crawl → measure → advise, then
// the assertions of rendermap.yaml and the comparison with a baseline,
// re-measuring a route before a timing failure or a slowdown counts.
//
// In goes a Config: the settings (defaults < rendermap.yaml < flags, see
// package config), the site and, optionally, a browser, a progress sink, a
// shared discovery (--routes-file), a shard of the patterns (--shard) or an
// interrupted audit to continue (--resume). Out comes a *rendermap.Audit,
// the contract every later stage reads; it holds whatever was measured
// even when Run returns an error. Run never prints: progress goes to the
// Progress given, and the caller writes the outputs.
package audit

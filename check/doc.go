// Package check evaluates the assertions of a rendermap.yaml against an
// audit. In go an audit and rules (pattern, assertion, level); out come one
// rendermap.Check per route and assertion, sorted by pattern then assertion.
//
// An assertion is "FIELD OP VALUE", for example "ttfb_p95_ms <= 800",
// "cacheable == true" or "strategy != ssr". "FIELD: VALUE" is short for
// "FIELD == VALUE". Numeric fields take <, <=, >, >=, == and !=; boolean and
// strategy fields take == and !=.
package check

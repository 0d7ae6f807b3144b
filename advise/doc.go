// Package advise is the cost model of rendermap: the third stage of the
// pipeline (crawl → measure → advise → report).
//
// In: an [rendermap.Audit] whose routes carry measured evidence, plus [Facts]
// (build facts, freshness budgets, traffic, prices) from flags or a config file.
// Out: the same audit with, per route, the model inputs and their sources, a
// recommendation (static, isr with revalidate, ssr or client) with reasons
// that cite evidence, every alternative with its cost and why it lost, and
// break-even figures; plus a site-wide build projection in Audit.Model.
//
// The model is pure: no network, no clock, no randomness. The formulas are in
// docs/model.md; [Cost] exposes them one strategy at a time.
package advise

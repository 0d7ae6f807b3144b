// Package diff compares two audits, a baseline and a new one, and lists per
// route what got worse or better: TTFB (Mann-Whitney U on the raw samples,
// plus a minimum effect size so tiny shifts never fail a build),
// cacheability lost or gained, new personalization, strategy changes, and
// routes added or removed. In go two *rendermap.Audit; out comes a Result,
// written as Markdown for a pull-request comment or as text for a terminal.
package diff

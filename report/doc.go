// Package report renders an audit for people and for machines.
//
// In: a *rendermap.Audit (usually read from audit.json) and [Options].
// Out: the audit written to an io.Writer in one of the registered formats:
//   - "table": a terminal table that fits 100 columns, colored on request;
//   - "markdown": a summary, the route table and the changes to make, under
//     65,000 characters, for a pull-request comment or a CI step summary;
//   - "html": one self-contained page for architecture reviews, with inline
//     CSS and SVG charts, a restrictive Content-Security-Policy and no
//     scripts, that works offline and prints cleanly;
//   - "junit": JUnit XML with one test case per route pattern;
//   - "json": the audit itself, validated against the published schema.
//
// Reporters are chosen by name with [Lookup] or [Write]. They never open files
// and never print; the caller owns the writer. Every reporter works on a
// redacted copy of the audit: header values that carry credentials
// (Authorization, Cookie, Set-Cookie values) and every literal in
// [Options.Secrets] come out as [redacted], and the rendered bytes are scrubbed
// once more before they are written. Output is deterministic: the same audit
// and options always produce the same bytes.
package report

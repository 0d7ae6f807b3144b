// Package rendermap holds the domain types shared by every stage of the
// pipeline (crawl → measure → advise → report) and the audit.json contract
// between them.
//
// In: nothing; it has no behaviour beyond encoding and validation.
// Out: [Audit], the versioned document every stage reads and writes, and the
// small interfaces ([Browser], [Session]) that stages consume so that tests of
// advise and report need no browser.
//
// Each stage package fills its own part of an [Audit], and owns one
// embedded part of each [Route]:
//   - crawl fills the [Discovery] (pattern, pages, examples, sample,
//     grouping); crawl.Result.Fill starts an audit's routes from it with
//     [RoutesFrom];
//   - measure fills the [Evidence] (TTFB, cache, CDN, personalization,
//     volatility, client rendering, current strategy);
//   - advise fills the [Advice]: the model inputs, the recommendation,
//     alternatives and break-even figures;
//   - report renders it.
//
// Route patterns are written in one bracket syntax, read by [ParsePattern]
// wherever a stage needs their segments.
package rendermap

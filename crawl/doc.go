// Package crawl discovers a site's URLs and groups them into route patterns.
//
// In: a start URL and [Options] (extra URLs, sitemaps, origins, path globs,
// pinned patterns, limits, a [rendermap.Browser] for the DOM crawl).
// Out: a [Result] holding, per route pattern, the page count and where it
// came from, a few examples, the query keys seen and a reproducible sample
// of URLs to measure; plus the site summary and warnings.
//
// # Discovery
//
// [Discover] reads robots.txt (Allow/Disallow for our user agent,
// Crawl-delay, Sitemap lines; a 5xx or unreachable robots.txt disallows all
// but the start URL, as RFC 9309 says), then sitemaps (indexes, gzip, lastmod; each
// file read once, so loops between index files end; at most 50,000 entries
// and 50 MB uncompressed per file), then the URL list, and finally renders
// pages breadth-first from the start URL with the browser, collecting links
// from the rendered DOM up to MaxDepth. Before each depth level it re-infers
// patterns over everything found so far and stops rendering a pattern once
// PerPatternCap of its pages were rendered, so the crawl's cost grows with
// the number of patterns rather than pages. Links still count as discovered
// (bounded by MaxURLs, and by MaxPerPattern per pattern so that calendars or
// endless query parameters cannot use up the budget); links to files
// (.xml, .pdf, images...) are not followed, and a render that redirected on
// the origin adds its final URL. Sitemap and list URLs beyond MaxURLs are
// not kept but still counted per pattern, so page counts stay exact; the
// list (URLs, paths, or an access log in Common or Combined Log Format,
// whose page views count) is streamed, so its length costs little memory.
// With Options.Offline discovery sends no request at all and reads only
// the list and local sitemap files. URLs are normalized
// ([Normalize]); URLs on other origins, excluded by the globs or disallowed
// by robots.txt are dropped and counted once each. Requests are paced per
// host by a [polite.Pacer] (Rate, raised to Crawl-delay) and 429/503 answers are
// retried after Retry-After ([WaitRetryAfter]); measuring shares both.
// Broken input (bad XML, wrong namespace, gzip bombs, 404 sitemaps, failed
// renders) becomes a [rendermap.Warning]; only a malformed or unreachable
// start URL is an error. When ctx ends, discovery returns what it has.
//
// # Route patterns
//
// [Infer] groups URLs by path segments with one deterministic rule, applied
// level by level from the root over a prefix tree of the paths:
//
//  1. Typed segments always become parameters: all digits → [id]; a UUID →
//     [uuid]; a hex token of 8+ characters mixing digits and letters →
//     [hash]; YYYY-MM-DD or YYYY-MM → [date]; a date split over segments
//     (/2024/05/17/: a year 1990–2099 before a two-digit month) →
//     [year]/[month]/[day].
//  2. Locale-shaped segments (an ISO 639-1 code, optionally with a region or
//     script: en, pt-BR, zh-Hant) become [lang] when at least three are
//     siblings, or two that share a child segment (/en/about, /de/about).
//  3. Other siblings are split by shape: leaves, and segments with children.
//     A shape class with at least [MinSlugSiblings] distinct values becomes
//     one [slug] whose subtrees are merged ([MinTopSlugSiblings] for the
//     first segment, which names site sections). Smaller classes stay
//     literal: /docs/getting-started stays, /blog/[slug] is grouped, and
//     /blog/tag (a segment with children) stays literal beside it. When
//     neither class reaches the threshold but both together do, all merge.
//  4. A parameter name used twice in one pattern gets a number: [slug2].
//  5. Segments past the 24th fold into [...rest]; query strings fold into
//     their path's pattern, whose query keys are recorded.
//
// Pinned patterns (Options.Routes) are matched first, most specific first.
// Each group records its URL count and up to five examples (the URLs whose
// path hashes lowest, so the choice does not depend on input order).
//
// # Templates
//
// Infer sees URLs only. Discovery then checks its patterns against what
// the rendered pages showed: a structural fingerprint of each page (tag
// and class paths, text ignored; see chrome) and the route data some
// frameworks expose (Next's __NEXT_DATA__.page, a Vue Router match,
// SvelteKit node ids). Framework routes relabel, merge and split patterns;
// a parameterized pattern whose pages clearly show two templates loses the
// minority pages to literal patterns; patterns below one section whose
// pages share a template ([SameTemplate]) merge into prefix/[slug] or
// prefix/[...slug], unless a router would then route some URL elsewhere.
// Ambiguous patterns get a few more pages rendered ([TemplateSample], at
// most [MaxTemplateRenders] in all). Pinned patterns never change. Each
// route records why it was grouped and how surely ([rendermap.Grouping]),
// and URLs kept out by robots.txt, the globs, limits or 404s are listed by
// pattern ([rendermap.Unaudited]).
//
// # Sampling
//
// [Sample] picks up to SampleSize URLs per pattern with a seeded generator:
// URLs are split into strata by lastmod age (relative to the pattern's
// newest lastmod) and path depth, and taken round-robin across strata.
// A pattern's page count comes from the sitemap when the sitemap lists it
// ("sitemap"), otherwise from discovery ("discovery", or "urls" when only
// the URL list named it), and is marked a lower bound when a limit cut
// discovery short.
package crawl

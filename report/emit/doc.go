// Package emit turns an audit's recommendations into ready-to-review
// configuration for the frameworks and hosts people deploy on.
//
// In: a decoded [rendermap.Audit] whose routes carry a Recommendation
// (static, isr with an interval, ssr or client), a target name and [Options].
// Out: a sorted list of [File]s (relative path and content) that [Write]
// prints to stdout or writes under a directory.
//
// Targets: nuxt (a routeRules block), next (App Router page snippets in the
// classic or Cache Components model, or Pages Router data functions), astro
// (per-page prerender and the Vercel adapter's ISR settings), sveltekit
// (+page.ts options and adapter ISR config), vercel (vercel.json headers),
// netlify (_headers) and json (a neutral rendermap.routes/v1 document).
//
// Every file starts with a comment naming the audit and its finish date
// (never the wall clock), every rule carries a one-line reason, text from the
// audit is escaped for the language it lands in, and output is deterministic:
// routes are sorted by pattern.
package emit

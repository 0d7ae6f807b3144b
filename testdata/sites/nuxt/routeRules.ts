// The site's route rules (Nitro route rules, see nuxt.config.ts).
// Applying generated route rules = replacing this file: it must stay a single
// `export default { ... }` of a plain object literal, keyed by route pattern.
export default {
  '/': { prerender: true },
  '/about': { prerender: true },
  '/guides': { prerender: true },
  '/guides/**': { prerender: true },
  '/store': { prerender: true },
  '/products/**': { swr: 300 },
  '/dashboard': { ssr: false },
}

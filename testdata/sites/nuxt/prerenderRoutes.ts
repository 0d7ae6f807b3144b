// Seed routes for the prerenderer (nitro.prerender.routes). Routes whose rule
// is a plain `prerender: true` on an exact path (/, /about, ...) are added by
// Nuxt itself; a wildcard rule such as '/guides/**' needs its pages listed.
import { allGuides } from './shared/utils/guides'

export default [
  ...allGuides().map(g => g.path),
]

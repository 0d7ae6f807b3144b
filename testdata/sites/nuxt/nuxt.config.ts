// Fernhill Outfitters on Nuxt 4: the real-framework counterpart of rendermap's
// Go demo site (fixtures/). No module, no network at build or run time.
import routeRules from './routeRules'
import prerenderRoutes from './prerenderRoutes'

export default defineNuxtConfig({
  compatibilityDate: '2026-05-11',
  telemetry: false,
  devtools: { enabled: false },
  ssr: true,
  routeRules,
  nitro: {
    preset: 'node-server',
    prerender: {
      crawlLinks: false,
      routes: prerenderRoutes,
      // Server routes whose body depends on the request Host must never be
      // prerendered (they would embed the build-time host).
      ignore: ['/sitemap.xml', '/robots.txt', '/api'],
      failOnError: true,
    },
  },
  app: {
    head: {
      htmlAttrs: { lang: 'en' },
      // The client-only /dashboard shell gets only this head, so it needs a title of its own.
      title: 'Fernhill Outfitters',
      meta: [{ name: 'viewport', content: 'width=device-width, initial-scale=1' }],
    },
  },
})

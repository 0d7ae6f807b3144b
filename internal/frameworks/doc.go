// Package frameworks runs rendermap against real framework builds: the
// Next.js 16 and Nuxt 4 apps under testdata/sites, and minimal Astro and
// SvelteKit apps that must accept rendermap's generated config.
//
// In: an app directory with package.json, package-lock.json and, after
// `npm ci`, node_modules. Out: a private copy of the app ([Copy]) that can be
// built ([App.Build]) and served on 127.0.0.1 by the framework's own
// production server ([App.Start]: `npm start`, which is `next start` or
// Nitro's node-server), and the mechanical steps that apply generated config
// to it ([ApplyNuxt], [ApplyNext]), as docs/config-targets.md describes them.
//
// The tests of this package carry the build tag "frameworks" and run with
// `make test-frameworks`; they need Node.js 20.9 or later and npm, and never
// contact anything but 127.0.0.1 and, for `npm ci`, the npm registry.
package frameworks

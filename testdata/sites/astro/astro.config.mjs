// Placeholder: the test overwrites this file with rendermap's generated astro.config.mjs.
import { defineConfig } from 'astro/config'
import vercel from '@astrojs/vercel'

export default defineConfig({
  output: 'static',
  adapter: vercel(),
})

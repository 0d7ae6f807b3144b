import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // "Build time" B: inlined into the bundles when `next build` runs, so the
  // sitemap's lastmods for constant pages and posts stay stable for the
  // lifetime of one build.
  env: {
    FERNHILL_BUILD_MS: String(Date.now()),
  },
}

export default nextConfig

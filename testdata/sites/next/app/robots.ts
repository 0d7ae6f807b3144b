import type { MetadataRoute } from 'next'
import { origin } from '@/lib/origin'

// /robots.txt: the sitemap's origin comes from the request (or SITE_ORIGIN),
// so it works on any 127.0.0.1 port.
export const dynamic = 'force-dynamic'

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', disallow: '/api/' },
    sitemap: `${await origin()}/sitemap.xml`,
  }
}

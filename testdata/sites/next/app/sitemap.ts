import type { MetadataRoute } from 'next'
import { allSlugs, postModifiedMs } from '@/lib/blog'
import { PRODUCTS } from '@/lib/catalog'
import { origin } from '@/lib/origin'
import { minuteStart, productWindowStart, staticModifiedMs } from '@/lib/site'

// /sitemap.xml: every URL with the lastmod the design implies. Dynamic so the
// minute and 10-minute lastmods are current.
export const dynamic = 'force-dynamic'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = await origin()
  const now = Date.now()
  const constant = new Date(staticModifiedMs)
  const out: MetadataRoute.Sitemap = ['/', '/about', '/blog', '/pricing', '/store'].map((p) => ({
    url: base + p,
    lastModified: constant,
  }))
  out.push({ url: `${base}/deals`, lastModified: new Date(minuteStart(now)) })
  allSlugs.forEach((slug, i) => out.push({ url: `${base}/blog/${slug}`, lastModified: new Date(postModifiedMs(i)) }))
  const products = new Date(productWindowStart(now))
  for (let id = 1; id <= PRODUCTS; id++) out.push({ url: `${base}/products/${id}`, lastModified: products })
  return out
}

// One sitemap with every indexable page and a lastmod for each. The origin is
// the request's own (Host header), so it works on any port; never prerendered.
const DAY = 86_400_000

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

export default defineEventHandler((event) => {
  const origin = getRequestURL(event).origin
  const now = Date.now()
  const midnight = Math.floor(now / DAY) * DAY
  const staticMod = iso(midnight - 120 * DAY)
  const urls: [string, string][] = [
    ['/', staticMod],
    ['/about', staticMod],
    ['/guides', staticMod],
    ['/pricing', staticMod],
    ['/deals', iso(Math.floor(now / DEAL_WINDOW_MS) * DEAL_WINDOW_MS)],
    ['/store', staticMod],
  ]
  for (const g of allGuides()) urls.push([g.path, iso(midnight - g.ageDays * DAY)])
  const productMod = iso(Math.floor(now / PRODUCT_WINDOW_MS) * PRODUCT_WINDOW_MS)
  for (let id = 1; id <= PRODUCT_COUNT; id++) urls.push([`/products/${id}`, productMod])

  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(([path, mod]) => `<url><loc>${origin}${path}</loc><lastmod>${mod}</lastmod></url>`),
    '</urlset>',
    '',
  ].join('\n')
  setResponseHeader(event, 'content-type', 'application/xml; charset=utf-8')
  return body
})

// robots.txt with the sitemap at the request's own origin; never prerendered.
export default defineEventHandler((event) => {
  const origin = getRequestURL(event).origin
  setResponseHeader(event, 'content-type', 'text/plain; charset=utf-8')
  return `User-agent: *\nDisallow: /api/\nSitemap: ${origin}/sitemap.xml\n`
})

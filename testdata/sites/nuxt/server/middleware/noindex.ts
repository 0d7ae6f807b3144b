// /account and /dashboard carry a noindex meta in the page, but /dashboard is
// client-only (its server HTML is the bare SPA shell), so say it in a header too.
export default defineEventHandler((event) => {
  const path = event.path.split('?')[0]!.replace(/\/+$/, '')
  if (path === '/account' || path === '/dashboard') {
    setResponseHeader(event, 'x-robots-tag', 'noindex')
  }
})

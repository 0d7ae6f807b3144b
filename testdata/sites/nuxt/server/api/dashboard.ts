// JSON for the client-only /dashboard: different on every request.
let requests = 0

export default defineEventHandler((event) => {
  const n = ++requests
  const now = Date.now()
  setResponseHeader(event, 'cache-control', 'private, no-store')
  const metrics = ['Orders today', 'Visitors online', 'Basket value ($)', 'Returns pending', 'Stock alerts']
  const rows = metrics.map((metric, i) => {
    const value = ((n * 7919 + i * 104729 + Math.floor(now / 1000)) % 900) + 10 * (i + 1)
    const change = `${((n + i) % 2 === 0) ? '+' : '-'}${(n * (i + 3)) % 17}%`
    return { metric, value, change }
  })
  return {
    generatedAt: new Date(now).toISOString(),
    request: n,
    summary: [
      `Dashboard request #${n}, generated at ${new Date(now).toISOString()}.`,
      `${rows[0]!.value} orders so far today across all stores.`,
    ],
    rows,
  }
})

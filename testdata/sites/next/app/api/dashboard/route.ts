import { PRODUCTS, formatPrice, productName } from '@/lib/catalog'
import { Stream } from '@/lib/words'

// GET /api/dashboard: JSON that changes on every request (a request
// counter seeds it), never cached.
export const dynamic = 'force-dynamic'

let requests = 0

export function GET() {
  requests++
  const s = new Stream(requests * 0x51ed)
  const rows = Array.from({ length: 8 }, () => {
    const id = 1 + s.intn(PRODUCTS)
    return { sku: `SKU-${String(id).padStart(5, '0')}`, name: productName(id), sold: s.intn(120), returned: s.intn(9) }
  })
  const body = {
    request: requests,
    generatedAt: new Date(Date.now()).toISOString(),
    visitors: 200 + s.intn(5000),
    orders: 10 + s.intn(400),
    revenue: formatPrice(100000 + s.intn(5000000)),
    rows,
  }
  return Response.json(body, { headers: { 'cache-control': 'private, no-store' } })
}

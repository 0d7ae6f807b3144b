// GET /api/greeting: a per-visitor greeting from a counter, never cached.
export const dynamic = 'force-dynamic'

let visitors = 0

export function GET() {
  visitors++
  return Response.json({ greeting: `Welcome, visitor #${visitors}` }, { headers: { 'cache-control': 'private, no-store' } })
}

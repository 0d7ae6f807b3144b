import { NextResponse } from 'next/server'
import type { NextRequest } from 'next/server'
import { encodeSID } from './lib/session'

// Sessions are numbered by a counter in this process, so ids are
// deterministic given request order (like the Go demo's).
let sessions = 0

// proxy (Next 16's renamed middleware) gives a visitor of /account without a
// sid cookie a new session: it sets the cookie on the response and also adds
// it to the forwarded request so the page renders for that session at once.
export function proxy(request: NextRequest) {
  if (request.cookies.get('sid')?.value) return NextResponse.next()
  sessions++
  const sid = encodeSID(sessions)
  const headers = new Headers(request.headers)
  const prior = headers.get('cookie')
  headers.set('cookie', prior ? `${prior}; sid=${sid}` : `sid=${sid}`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set({ name: 'sid', value: sid, path: '/', httpOnly: true, sameSite: 'lax' })
  return response
}

export const config = {
  matcher: '/account',
}

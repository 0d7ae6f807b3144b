// Gives every request to /account a session: when it has no valid `sid`
// cookie, set one (sid=<16 hex>; HttpOnly; SameSite=Lax; Path=/) from a
// counter (deterministic: the n-th new session since start gets sessionId(n)).
// The sid is put on event.context.sid so the page render of the same request
// sees it. /account is private: cache-control "private, no-store".
let sessions = 0

export default defineEventHandler((event) => {
  const path = event.path.split('?')[0]!.replace(/\/+$/, '') || '/'
  if (path !== '/account') return
  let sid = getCookie(event, 'sid')
  if (!sid || !/^[0-9a-f]{16}$/.test(sid)) {
    sid = sessionId(++sessions)
    setCookie(event, 'sid', sid, { httpOnly: true, sameSite: 'lax', path: '/' })
  }
  event.context.sid = sid
  setResponseHeader(event, 'cache-control', 'private, no-store')
})

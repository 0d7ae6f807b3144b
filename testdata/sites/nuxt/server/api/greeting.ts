// Per-visitor greeting for the client island on /store.
let visitors = 0

export default defineEventHandler((event) => {
  setResponseHeader(event, 'cache-control', 'private, no-store')
  return { greeting: `Welcome, visitor #${++visitors}` }
})

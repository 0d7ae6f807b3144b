import { PRODUCT_COUNT, basePriceCents, formatPrice, productName } from './catalog'

// Per-visitor content for /account, derived from the session id only.

const FIRST_NAMES = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elif', 'Farah', 'Gustav', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Oskar', 'Priya']

function fnv1a(s: string): number {
  let h = 0x811C9DC5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** The n-th session id: 16 hex digits, deterministic per counter value. */
export function sessionId(n: number): string {
  const hi = Math.imul(n ^ 0x5BD1E995, 0x9E3779B1) >>> 0
  const lo = Math.imul((n + 0x7F4A7C15) ^ (hi >>> 13), 0x85EBCA6B) >>> 0
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0')
}

export interface AccountView {
  sid: string
  greeting: string
  orders: { number: string, productId: number, productName: string, total: string, placed: string }[]
  recommendations: { id: number, name: string }[]
}

export function accountView(sid: string): AccountView {
  const h = fnv1a(sid)
  const name = FIRST_NAMES[h % FIRST_NAMES.length]
  const orders = [0, 1, 2].map((k) => {
    const seed = fnv1a(`${sid}:order:${k}`)
    const productId = (seed % PRODUCT_COUNT) + 1
    const day = 1 + (seed >>> 11) % 28
    const month = 1 + (seed >>> 16) % 12
    return {
      number: `FO-${(seed % 900000 + 100000).toString()}`,
      productId,
      productName: productName(productId),
      total: formatPrice(basePriceCents(productId)),
      placed: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    }
  })
  const recommendations = [0, 1, 2, 3].map((k) => {
    const id = (fnv1a(`${sid}:rec:${k}`) % PRODUCT_COUNT) + 1
    return { id, name: productName(id) }
  })
  return {
    sid,
    greeting: `Welcome back, ${name}! Your member code is ${sid.slice(0, 6).toUpperCase()}.`,
    orders,
    recommendations,
  }
}

// Everything the site shows is generated from word lists and numbers: no
// files, no database, no randomness. Time comes only from the `now` argument
// (milliseconds since the epoch), so every visitor sees the same text for the
// same clock window. Auto-imported into app/ and server/ (Nuxt 4 shared/utils).

export const SITE_NAME = 'Fernhill Outfitters'
export const PRODUCT_COUNT = 2000
/** Products change on a shared 10-minute clock. */
export const PRODUCT_WINDOW_MS = 600_000
/** The deal of the minute changes every minute. */
export const DEAL_WINDOW_MS = 60_000

const ADJECTIVES = ['Alpine', 'Ridge', 'Summit', 'Trail', 'Canyon', 'Harbor', 'Timber', 'Glacier', 'Meadow', 'Granite']
const MATERIALS = ['Canvas', 'Wool', 'Nylon', 'Leather', 'Down', 'Ripstop', 'Fleece', 'Merino', 'Waxed Cotton', 'Gore']
const ITEMS = [
  'Boots', 'Jacket', 'Tent', 'Backpack', 'Sleeping Bag', 'Stove', 'Headlamp', 'Trekking Poles', 'Rain Shell', 'Gloves',
  'Socks', 'Hat', 'Hammock', 'Water Filter', 'Gaiters', 'Duffel', 'Camp Chair', 'Lantern', 'Cook Set', 'Vest',
]
const USES = ['day hikes', 'long treks', 'winter camping', 'wet coastal trails', 'city commutes', 'alpine scrambles', 'family campsites', 'bikepacking']
const MOODS = [
  'Back in stock this morning.',
  'Our staff pick for the season.',
  'Selling quickly at the moment.',
  'Restocked from the spring run.',
  'Popular with weekend walkers.',
  'Limited run, packed by hand.',
]

export interface Product {
  id: number
  name: string
  description: string
  priceCents: number
  stock: number
  /** Start of the 10-minute window the price and stock belong to (ms). */
  windowStart: number
  related: number[]
}

export function isProductId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= PRODUCT_COUNT
}

export function productName(id: number): string {
  const i = id - 1
  return `${ADJECTIVES[i % ADJECTIVES.length]} ${MATERIALS[Math.floor(i / ADJECTIVES.length) % MATERIALS.length]} ${ITEMS[Math.floor(i / 100) % ITEMS.length]}`
}

export function basePriceCents(id: number): number {
  return 1500 + ((id * 7919) % 38000)
}

export function product(id: number, now: number): Product {
  const w = Math.floor(now / PRODUCT_WINDOW_MS)
  const mix = (id * 2654435761 + w * 40503) >>> 0
  const swing = (mix % 21) - 10 // -10 … +10 percent
  const priceCents = Math.round(basePriceCents(id) * (100 + swing) / 100 / 5) * 5
  const stock = (mix >>> 8) % 97
  const name = productName(id)
  const use = USES[(id + w) % USES.length]
  const mood = MOODS[(mix >>> 4) % MOODS.length]
  const description = `The ${name} is built for ${use}. ${mood} ${stock === 0 ? 'Sold out for now.' : `${stock} left at this price.`}`
  const related = [1, 2, 3].map(k => ((id - 1 + k * 137 + w * 11) % PRODUCT_COUNT) + 1)
  return { id, name, description, priceCents, stock, windowStart: w * PRODUCT_WINDOW_MS, related }
}

export function formatPrice(cents: number): string {
  return `$${(cents / 100).toFixed(2)}`
}

/** HH:MM of a UTC instant. */
export function hhmmUTC(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16)
}

export interface Deal {
  productId: number
  productName: string
  discountPercent: number
  startsAt: string // HH:MM UTC
  windowStart: number
  priceCents: number
}

export function dealOfTheMinute(now: number): Deal {
  const m = Math.floor(now / DEAL_WINDOW_MS)
  const productId = ((m * 7919) % PRODUCT_COUNT) + 1
  const discountPercent = 5 + ((m * 13) % 46)
  const windowStart = m * DEAL_WINDOW_MS
  const priceCents = Math.round(basePriceCents(productId) * (100 - discountPercent) / 100)
  return { productId, productName: productName(productId), discountPercent, startsAt: hhmmUTC(windowStart), windowStart, priceCents }
}

export interface SearchResult {
  query: string
  total: number
  hits: { id: number, name: string }[]
}

/** Products whose name contains every word of q (case-insensitive); up to 20 listed. */
export function searchProducts(q: string): SearchResult {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  const hits: { id: number, name: string }[] = []
  let total = 0
  if (words.length > 0) {
    for (let id = 1; id <= PRODUCT_COUNT; id++) {
      const name = productName(id)
      const lower = name.toLowerCase()
      if (words.every(w => lower.includes(w))) {
        total++
        if (hits.length < 20) hits.push({ id, name })
      }
    }
  }
  return { query: q, total, hits }
}

/** Products linked from the home page. */
export const FEATURED_PRODUCTS = [1, 42, 137, 256, 512, 999, 1500, 2000]

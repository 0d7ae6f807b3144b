import { Stream, hash2, mix } from './words'

// The catalogue: N = 2,000 products, every one derived from its id.
export const PRODUCTS = 2000

type Category = { slug: string; name: string; nouns: string[]; minCents: number; maxCents: number }

export const categories: Category[] = [
  { slug: 'boots', name: 'Boots', nouns: ['Hiking Boots', 'Trail Boots', 'Winter Boots', 'Chelsea Boots'], minCents: 8900, maxCents: 29900 },
  { slug: 'jackets', name: 'Jackets', nouns: ['Rain Jacket', 'Down Jacket', 'Canvas Jacket', 'Fleece Jacket'], minCents: 7900, maxCents: 44900 },
  { slug: 'tents', name: 'Tents', nouns: ['Dome Tent', 'Tunnel Tent', 'Ultralight Tent', 'Family Tent'], minCents: 12900, maxCents: 89900 },
  { slug: 'backpacks', name: 'Backpacks', nouns: ['Daypack', 'Trekking Backpack', 'Travel Backpack', 'Summit Pack'], minCents: 4900, maxCents: 24900 },
  { slug: 'sleeping-bags', name: 'Sleeping Bags', nouns: ['Sleeping Bag', 'Down Sleeping Bag', 'Camp Quilt', 'Bivy Bag'], minCents: 5900, maxCents: 39900 },
  { slug: 'socks', name: 'Socks', nouns: ['Hiking Socks', 'Liner Socks', 'Bed Socks', 'Trail Socks'], minCents: 900, maxCents: 2900 },
  { slug: 'hats', name: 'Hats', nouns: ['Bucket Hat', 'Wool Beanie', 'Sun Hat', 'Flat Cap'], minCents: 1500, maxCents: 5900 },
  { slug: 'gloves', name: 'Gloves', nouns: ['Wool Gloves', 'Shell Gloves', 'Mittens', 'Fingerless Gloves'], minCents: 1900, maxCents: 8900 },
  { slug: 'stoves', name: 'Camp Stoves', nouns: ['Gas Stove', 'Wood Stove', 'Alcohol Stove', 'Stove Kit'], minCents: 2900, maxCents: 17900 },
  { slug: 'lanterns', name: 'Lanterns', nouns: ['Camp Lantern', 'Head Torch', 'Candle Lantern', 'Solar Lantern'], minCents: 1900, maxCents: 9900 },
  { slug: 'trousers', name: 'Trousers', nouns: ['Walking Trousers', 'Cord Trousers', 'Rain Trousers', 'Work Trousers'], minCents: 4900, maxCents: 14900 },
  { slug: 'shirts', name: 'Shirts', nouns: ['Flannel Shirt', 'Linen Shirt', 'Base Layer Shirt', 'Field Shirt'], minCents: 2900, maxCents: 9900 },
]

const productPrefixes = [
  'Alder', 'Bracken', 'Cairn', 'Dunlin', 'Fell', 'Gorse', 'Heather', 'Kestrel',
  'Larch', 'Moorland', 'Rowan', 'Scree', 'Tarn', 'Wren', 'Harbour', 'Ridge',
]

const productMaterials = [
  'Merino', 'Waxed', 'Ripstop', 'Tweed', 'Suede', 'Organic Cotton',
  'Recycled', 'Alpine', 'Heritage', 'Storm', 'Featherweight', 'Oiled',
]

export function categoryOf(id: number): Category {
  return categories[(id - 1) % categories.length]
}

// productName derives a readable name from the id alone.
export function productName(id: number): string {
  const h = mix(id)
  const prefix = productPrefixes[h % 16]
  const material = productMaterials[(h >>> 8) % 12]
  const noun = categoryOf(id).nouns[(h >>> 16) % 4]
  return `${prefix} ${material} ${noun}`
}

// productDescription is the constant blurb of a product page.
export function productDescription(id: number): string {
  return new Stream(id * 31).paragraph(3)
}

// priceCents is a per-product base price moved ±15 % per 10-minute window.
export function priceCents(id: number, window: number): number {
  const c = categoryOf(id)
  const base = c.minCents + (mix(id ^ 0xbeef) % (c.maxCents - c.minCents))
  const pct = 85 + (hash2(id, window) % 31)
  return Math.floor((base * pct) / 100)
}

// stock is the "N in stock" figure, 1..80, changing per window.
export function stock(id: number, window: number): number {
  return 1 + (hash2(id ^ 0x570c, window) % 80)
}

export function formatPrice(cents: number): string {
  return `$${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

// relatedProducts returns three other ids in 1..PRODUCTS.
export function relatedProducts(id: number): number[] {
  return [12, 25, 38].map((step) => ((id - 1 + step) % PRODUCTS) + 1)
}

// parseProductID accepts only canonical decimal ids within 1..PRODUCTS.
export function parseProductID(s: string): number | null {
  if (!/^[1-9][0-9]{0,3}$/.test(s)) return null
  const id = Number(s)
  return id >= 1 && id <= PRODUCTS ? id : null
}

// searchProducts returns how many product names contain every word of q
// (case-insensitive) and the first `limit` matching ids.
export function searchProducts(q: string, limit: number): { total: number; ids: number[] } {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return { total: 0, ids: [] }
  let total = 0
  const ids: number[] = []
  for (let id = 1; id <= PRODUCTS; id++) {
    const name = productName(id).toLowerCase()
    if (words.every((w) => name.includes(w))) {
      total++
      if (ids.length < limit) ids.push(id)
    }
  }
  return { total, ids }
}

// Site-wide constants and clocks.

export const siteName = 'Fernhill Outfitters'

export const DAY_MS = 24 * 60 * 60 * 1000
export const MINUTE_MS = 60 * 1000
// The shared product clock: prices and stock change once per window.
export const PRODUCT_WINDOW_MS = 10 * MINUTE_MS

// buildMs is when `next build` ran (next.config.ts inlines it through
// `env`); buildDayMs is that day's UTC midnight, the "B" of the design.
export const buildMs = Number(process.env.FERNHILL_BUILD_MS ?? '0') || 0
export const buildDayMs = Math.floor(buildMs / DAY_MS) * DAY_MS

// staticModifiedMs is when the constant pages (/, /about, /blog, /store,
// /pricing) last changed: 120 days before the build day.
export const staticModifiedMs = buildDayMs - 120 * DAY_MS

// minuteStart is the start of the current minute (drives /deals).
export function minuteStart(now: number): number {
  return Math.floor(now / MINUTE_MS) * MINUTE_MS
}

// productWindowStart is the start of the current 10-minute product window.
export function productWindowStart(now: number): number {
  return Math.floor(now / PRODUCT_WINDOW_MS) * PRODUCT_WINDOW_MS
}

import type { Metadata } from 'next'
import Link from 'next/link'
import { PRODUCTS, productName } from '@/lib/catalog'
import { MINUTE_MS, minuteStart } from '@/lib/site'
import { hash2, hhmmUTC } from '@/lib/words'

// `/deals`: deal of the minute. Rendered per request (force-dynamic); the
// content is the same for every visitor and changes once a minute.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Deal of the minute' }

export default function Deals() {
  const start = minuteStart(Date.now())
  const minute = start / MINUTE_MS
  const id = 1 + (hash2(minute, 0xdea1) % PRODUCTS)
  const discount = 10 + (hash2(minute, 0xd15c) % 41)
  const runnerUp = 1 + (hash2(minute, 0x2ed) % PRODUCTS)
  return (
    <>
      <h1>Deal of the minute</h1>
      <p>{`This deal started at ${hhmmUTC(start)} and lasts until the next minute.`}</p>
      <p>
        <Link href={`/products/${id}`}>{productName(id)}</Link>: <strong>{discount}% off</strong>.
      </p>
      <p>
        Next in line: <Link href={`/products/${runnerUp}`}>{productName(runnerUp)}</Link>.
      </p>
    </>
  )
}

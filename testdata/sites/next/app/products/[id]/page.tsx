import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import {
  categoryOf,
  formatPrice,
  parseProductID,
  priceCents,
  productDescription,
  productName,
  relatedProducts,
  stock,
} from '@/lib/catalog'
import { PRODUCT_WINDOW_MS, productWindowStart } from '@/lib/site'
import { hhmmUTC } from '@/lib/words'

// `/products/[id]`: ISR. Nothing is prerendered at build; each product is
// rendered on its first request and then served from the cache, re-rendered
// in the background at most every 300 s.
export const revalidate = 300

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params
  const n = parseProductID(id)
  return { title: n ? productName(n) : 'Not found' }
}

export default async function Product({ params }: Props) {
  const n = parseProductID((await params).id)
  if (n === null) notFound()
  // Price and stock follow a shared 10-minute clock: the same for everyone.
  const start = productWindowStart(Date.now())
  const window = start / PRODUCT_WINDOW_MS
  return (
    <article>
      <h1>{productName(n)}</h1>
      <p>Department: {categoryOf(n).name}</p>
      <p>{productDescription(n)}</p>
      <p>
        Price: <strong>{formatPrice(priceCents(n, window))}</strong>
        {` · ${stock(n, window)} in stock`}
      </p>
      <p>{`Prices and stock as of ${hhmmUTC(start)}.`}</p>
      <h2>You may also like</h2>
      <ul>
        {relatedProducts(n).map((r) => (
          <li key={r}>
            <Link href={`/products/${r}`}>{productName(r)}</Link>
          </li>
        ))}
      </ul>
    </article>
  )
}

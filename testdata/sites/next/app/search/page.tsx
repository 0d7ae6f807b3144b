import type { Metadata } from 'next'
import Link from 'next/link'
import { productName, searchProducts } from '@/lib/catalog'

// `/search?q=`: reads searchParams, so it is rendered per request.
type Props = { searchParams: Promise<{ q?: string | string[] }> }

function query(q: string | string[] | undefined): string {
  return (Array.isArray(q) ? q[0] : q ?? '').trim()
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = query((await searchParams).q)
  return { title: q ? `Search: ${q}` : 'Search' }
}

export default async function Search({ searchParams }: Props) {
  const q = query((await searchParams).q)
  const { total, ids } = searchProducts(q, 20)
  return (
    <>
      <h1>Search</h1>
      <form action="/search">
        <input name="q" defaultValue={q} aria-label="Search products" />
        <button type="submit">Search</button>
      </form>
      <p>{`${total} products match “${q}”.`}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <Link href={`/products/${id}`}>{productName(id)}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}

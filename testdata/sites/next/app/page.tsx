import Link from 'next/link'
import { allSlugs, postTitle } from '@/lib/blog'
import { productName } from '@/lib/catalog'
import { siteName } from '@/lib/site'

// `/`: a static marketing page, prerendered at build time.
const featured = [1, 14, 27, 40, 153, 266, 379, 492]

export default function Home() {
  return (
    <>
      <h1>{siteName}</h1>
      <p>
        Boots, jackets, tents and everything else for a long walk in bad weather. We repair what we sell and
        we sell what we would repair.
      </p>
      <h2>Featured products</h2>
      <ul>
        {featured.map((id) => (
          <li key={id}>
            <Link href={`/products/${id}`}>{productName(id)}</Link>
          </li>
        ))}
      </ul>
      <h2>From the blog</h2>
      <ul>
        {allSlugs.slice(0, 4).map((slug) => (
          <li key={slug}>
            <Link href={`/blog/${slug}`}>{postTitle(slug)}</Link>
          </li>
        ))}
      </ul>
      <h2>Popular searches</h2>
      <ul>
        <li>
          <Link href="/search?q=boots">boots</Link>
        </li>
        <li>
          <Link href="/search?q=tent">tent</Link>
        </li>
        <li>
          <Link href="/search?q=jacket">jacket</Link>
        </li>
      </ul>
    </>
  )
}

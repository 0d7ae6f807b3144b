import type { Metadata } from 'next'
import Link from 'next/link'
import { allSlugs, postTitle } from '@/lib/blog'

// `/blog`: static index of every post.
export const metadata: Metadata = { title: 'Blog' }

export default function BlogIndex() {
  return (
    <>
      <h1>Blog</h1>
      <p>Care guides and field notes from the repair bench.</p>
      <ul>
        {allSlugs.map((slug) => (
          <li key={slug}>
            <Link href={`/blog/${slug}`}>{postTitle(slug)}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}

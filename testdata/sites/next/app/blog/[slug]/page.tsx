import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { allSlugs, postBody, postIndex, postLinks, postModifiedMs, postTitle } from '@/lib/blog'
import { dayUTC } from '@/lib/words'

// `/blog/[slug]`: all 40 posts prerendered at build time; any other slug 404s.
export const dynamicParams = false

export function generateStaticParams() {
  return allSlugs.map((slug) => ({ slug }))
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  return { title: postTitle(slug) }
}

export default async function Post({ params }: Props) {
  const { slug } = await params
  const i = postIndex(slug)
  if (i < 0) notFound()
  return (
    <article>
      <h1>{postTitle(slug)}</h1>
      <p>Last updated {dayUTC(postModifiedMs(i))}.</p>
      {postBody(i).map((p, k) => (
        <p key={k}>{p}</p>
      ))}
      <h2>Read next</h2>
      <ul>
        {postLinks(i).map((j) => (
          <li key={j}>
            <Link href={`/blog/${allSlugs[j]}`}>{postTitle(allSlugs[j])}</Link>
          </li>
        ))}
      </ul>
    </article>
  )
}

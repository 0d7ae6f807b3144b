import type { Metadata } from 'next'
import { Stream } from '@/lib/words'

// `/about`: static.
export const metadata: Metadata = { title: 'About us' }

export default function About() {
  const s = new Stream(0xab0)
  return (
    <>
      <h1>About us</h1>
      <p>Fernhill Outfitters started as a repair bench in a Kendal back yard in 1987.</p>
      <p>{s.paragraph(5)}</p>
      <p>{s.paragraph(4)}</p>
    </>
  )
}

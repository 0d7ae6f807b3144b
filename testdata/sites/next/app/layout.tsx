import type { Metadata } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { siteName } from '@/lib/site'

export const metadata: Metadata = {
  title: { default: siteName, template: `%s · ${siteName}` },
  description: 'Outdoor clothing and camping gear, repaired and cared for since 1987.',
}

const nav: [string, string][] = [
  ['/', 'Home'],
  ['/about', 'About'],
  ['/blog', 'Blog'],
  ['/pricing', 'Pricing'],
  ['/deals', 'Deals'],
  ['/store', 'Stores'],
  ['/search?q=boots', 'Search'],
  ['/account', 'Account'],
  ['/dashboard', 'Dashboard'],
]

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <p>
            <strong>{siteName}</strong>
          </p>
          <nav>
            <ul>
              {nav.map(([href, label]) => (
                <li key={href}>
                  <Link href={href}>{label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main>{children}</main>
        <footer>
          <p>
            {siteName} · 14 Harbour Lane, Kendal · A test site for rendermap; every word on it is generated.
          </p>
        </footer>
      </body>
    </html>
  )
}

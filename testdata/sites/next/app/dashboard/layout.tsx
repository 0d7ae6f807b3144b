import type { Metadata } from 'next'
import type { ReactNode } from 'react'

// The dashboard page is a client component, which cannot export metadata;
// its title and noindex live here.
export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } }

export default function DashboardLayout({ children }: { children: ReactNode }) {
  return children
}

// 30 guides: 6 sections × 5 pages, all static. Served by the single catch-all
// page app/pages/guides/[...slug].vue at /guides/<section>/<page>.

export interface GuideSection {
  slug: string
  title: string
  pages: string[]
}

export const GUIDE_SECTIONS: GuideSection[] = [
  { slug: 'getting-started', title: 'Getting started', pages: ['choosing-your-first-pack', 'layering-basics', 'reading-a-trail-map', 'packing-a-day-bag', 'first-night-outdoors'] },
  { slug: 'configuration', title: 'Configuration', pages: ['fitting-hiking-boots', 'adjusting-a-hip-belt', 'setting-up-trekking-poles', 'tuning-a-camp-stove', 'pitching-a-tent-tight'] },
  { slug: 'deployment', title: 'Deployment', pages: ['planning-a-weekend-route', 'leaving-a-trip-plan', 'carrying-enough-water', 'crossing-streams-safely', 'breaking-camp-early'] },
  { slug: 'caching', title: 'Caching', pages: ['storing-food-from-bears', 'hanging-a-bear-bag', 'hiding-a-gear-cache', 'keeping-fuel-dry', 'resupply-boxes-by-mail'] },
  { slug: 'routing', title: 'Routing', pages: ['navigating-with-a-compass', 'following-cairns', 'finding-north-without-tools', 'choosing-a-ridge-line', 'turning-back-in-time'] },
  { slug: 'testing', title: 'Testing', pages: ['testing-a-rain-shell', 'checking-a-sleeping-bag', 'seam-sealing-a-tent', 'waterproofing-leather', 'shakedown-hikes'] },
]

export interface Guide {
  section: GuideSection
  page: string
  path: string
  title: string
  /** Global index 0..29. */
  index: number
  /** Days before the current UTC midnight that the guide was last edited (31..700). */
  ageDays: number
}

function titleCase(slug: string): string {
  const s = slug.replace(/-/g, ' ')
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export function allGuides(): Guide[] {
  const out: Guide[] = []
  GUIDE_SECTIONS.forEach((section, si) => {
    section.pages.forEach((page, pi) => {
      const index = si * 5 + pi
      out.push({
        section,
        page,
        path: `/guides/${section.slug}/${page}`,
        title: titleCase(page),
        index,
        ageDays: 31 + ((index * 367) % 670),
      })
    })
  })
  return out
}

export function findGuide(section: string, page: string): Guide | undefined {
  return allGuides().find(g => g.section.slug === section && g.page === page)
}

export function guideParagraphs(g: Guide): string[] {
  return [
    `${g.title} is part of our ${g.section.title.toLowerCase()} series. It is written by the staff of the shop and checked on real trails.`,
    `Start with the basics: know your kit, know the weather, and tell someone where you are going. This guide walks through the steps one by one.`,
    `When you are done, try the next guide in the series, or ask in the shop: we are happy to help you get it right before you head out.`,
  ]
}

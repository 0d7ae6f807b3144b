import { DAY_MS, buildDayMs } from './site'
import { Stream, mix } from './words'

// The blog has P = 40 posts with readable slugs, built from word lists the
// same way as the Go demo (fixtures/blog.go).
export const POSTS = 40

const slugTemplates: [string, string][] = [
  ['how-to-', '-a-'], ['when-to-', '-your-'], ['ten-ways-to-', '-a-'],
  ['should-you-', '-a-'], ['learning-to-', '-a-'], ['the-right-way-to-', '-a-'],
]

const slugVerbs = [
  'wax', 'patch', 'pack', 'clean', 'dry', 'store', 'fold', 'choose',
  'repair', 'layer', 'waterproof', 'resole', 'darn', 'mend', 'oil', 'brush',
  'air', 'wash', 'stitch', 'season', 'test', 'carry', 'insulate', 'rent',
]

const slugAdjectives = [
  'canvas', 'leather', 'wool', 'down', 'tweed', 'cotton', 'linen', 'nylon',
  'waxed', 'felted', 'ripstop', 'suede', 'borrowed', 'vintage', 'muddy', 'soggy',
  'secondhand', 'heavy', 'lightweight', 'family', 'winter', 'summer', 'rugged', 'tired',
]

const slugNouns = [
  'jacket', 'tent', 'rucksack', 'boot', 'bedroll', 'scarf', 'hat', 'glove',
  'sock', 'stove', 'lantern', 'tarp', 'hammock', 'blanket', 'shirt', 'smock',
  'cagoule', 'anorak', 'gilet', 'poncho', 'kettle', 'flask', 'compass', 'satchel',
  'duffel', 'bivvy', 'groundsheet', 'mitten', 'beanie', 'waistcoat', 'haversack', 'parka',
]

const slugSpace = slugTemplates.length * slugVerbs.length * slugAdjectives.length * slugNouns.length

// postSlug maps post index i to its slug (a bijection on 0..slugSpace-1).
export function postSlug(i: number): string {
  let j = ((i % slugSpace) * 7919 + 1234) % slugSpace
  const noun = slugNouns[j % slugNouns.length]
  j = Math.floor(j / slugNouns.length)
  const adj = slugAdjectives[j % slugAdjectives.length]
  j = Math.floor(j / slugAdjectives.length)
  const verb = slugVerbs[j % slugVerbs.length]
  const t = slugTemplates[Math.floor(j / slugVerbs.length)]
  return t[0] + verb + t[1] + adj + '-' + noun
}

export function postTitle(slug: string): string {
  const s = slug.replace(/-/g, ' ')
  return s[0].toUpperCase() + s.slice(1)
}

export const allSlugs: string[] = Array.from({ length: POSTS }, (_, i) => postSlug(i))

export function postIndex(slug: string): number {
  return allSlugs.indexOf(slug)
}

// postModifiedMs is 31–700 days (plus a time of day) before the build day.
export function postModifiedMs(i: number): number {
  const h = mix(i ^ 0xb109)
  const days = 31 + (h % 670)
  const minutes = (h >>> 20) % 1440
  return buildDayMs - days * DAY_MS - minutes * 60 * 1000
}

export function postBody(i: number): string[] {
  const s = new Stream(i * 7 + 3)
  return [s.paragraph(4), s.paragraph(3), s.paragraph(5)]
}

// postLinks returns three other post indexes.
export function postLinks(i: number): number[] {
  return [(i + 1) % POSTS, (i + 7) % POSTS, (i + 31) % POSTS]
}

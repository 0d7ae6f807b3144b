// Deterministic helpers shared by every page: 32-bit hashes and a seeded
// stream of choices. No randomness anywhere; time only from Date.now().

// mix is a 32-bit integer finalizer (lowbias32): a fast bijection on
// uint32 used wherever the site needs "varied but repeatable" choices.
export function mix(x: number): number {
  x = x >>> 0
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return x >>> 0
}

// hash2 combines two values (each taken modulo 2^32) into one hash.
export function hash2(a: number, b: number): number {
  return mix(mix(a) ^ ((b + 0x9e3779b9) >>> 0))
}

// hashString is FNV-1a followed by mix, for opaque strings such as cookies.
export function hashString(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix(h)
}

// Stream is a deterministic sequence seeded from a number.
export class Stream {
  private s: number
  constructor(seed: number) {
    this.s = seed >>> 0
  }
  next(): number {
    this.s = (this.s + 0x9e3779b9) >>> 0
    return mix(this.s)
  }
  intn(n: number): number {
    return this.next() % n
  }
  pick<T>(list: readonly T[]): T {
    return list[this.intn(list.length)]
  }
  sentence(): string {
    return `${this.pick(sentenceSubjects)} ${this.pick(sentencePredicates)} ${this.pick(sentenceTails)}.`
  }
  paragraph(n: number): string {
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(this.sentence())
    return out.join(' ')
  }
}

const sentenceSubjects = [
  'A well-kept jacket', 'Our repair bench', 'Every long trail', 'The first frost of the year',
  'A good pair of boots', 'A walker we met', 'Waxed canvas', 'The night before a trip',
  'A damp tent', 'Our warehouse team', 'A worn-in rucksack', 'The hill fog',
  'A spare pair of socks', 'The old bothy stove', 'Merino wool', 'A patched elbow',
]

const sentencePredicates = [
  'rewards a little patience', 'lasts far longer than you expect', 'needs a dry, cool place to rest',
  'tells you a lot about the weather', 'is easier to care for than it looks', 'deserves a second look',
  'earns its keep on the third day', 'forgives the odd mistake', 'wants a gentle brush, not a wash',
  'changes how you pack', 'is worth the extra ounce', 'smells faintly of woodsmoke',
]

const sentenceTails = [
  'after a wet season', 'on the long walk home', 'when the forecast turns', 'before the first snow',
  'in the back of the van', 'somewhere above the tree line', 'by the end of October',
  'once the mud has dried', 'if you give it a chance', 'on a windy ridge', 'between two showers',
  'when the days draw in',
]

// hhmmUTC formats an instant as "HH:MM UTC".
export function hhmmUTC(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16) + ' UTC'
}

// dayUTC formats an instant as "28 Nov 2026".
export function dayUTC(ms: number): string {
  const d = new Date(ms)
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

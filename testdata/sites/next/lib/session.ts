// Session ids: counter n encoded as (n * MUL) XOR KEY in 16 hex digits
// (64-bit arithmetic with BigInt), opaque, distinct per session,
// deterministic given request order, and reversible — as in the Go demo.
const MASK = (1n << 64n) - 1n
const MUL = 0x9e3779b97f4a7c15n
const KEY = 0x5bd1e9955bd1e995n

function inverseOdd(a: bigint): bigint {
  let x = a
  for (let i = 0; i < 5; i++) x = (x * ((2n - a * x) & MASK)) & MASK
  return x
}
const INV = inverseOdd(MUL)

export function encodeSID(n: number): string {
  return (((BigInt(n) * MUL) & MASK) ^ KEY).toString(16).padStart(16, '0')
}

// guestOf returns the guest number of a well-formed sid, or 0.
export function guestOf(sid: string): number {
  if (!/^[0-9a-f]{16}$/.test(sid)) return 0
  const n = ((BigInt('0x' + sid) ^ KEY) * INV) & MASK
  return n > 0n && n < 1n << 32n ? Number(n) : 0
}

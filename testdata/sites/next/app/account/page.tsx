import type { Metadata } from 'next'
import Link from 'next/link'
import { cookies } from 'next/headers'
import { PRODUCTS, formatPrice, priceCents, productName } from '@/lib/catalog'
import { guestOf } from '@/lib/session'
import { DAY_MS, buildDayMs } from '@/lib/site'
import { Stream, dayUTC, hashString, mix } from '@/lib/words'

// `/account`: personalized by the sid cookie (proxy.ts issues one to a
// visitor without it), rendered per request.
export const metadata: Metadata = { title: 'Your account', robots: { index: false } }

export default async function Account() {
  const sid = (await cookies()).get('sid')?.value ?? ''
  const known = guestOf(sid)
  const guest = known || 1 + (hashString(sid) % 99999)
  const s = new Stream(mix(guest ^ 0xacc0))
  let placed = buildDayMs
  const orders = Array.from({ length: 3 }, () => {
    const id = 1 + s.intn(PRODUCTS)
    placed -= (1 + s.intn(40)) * DAY_MS
    return { no: `FH-${100000 + s.intn(900000)}`, placed, id }
  })
  const recs = Array.from({ length: 4 }, () => 1 + s.intn(PRODUCTS))
  return (
    <>
      <h1>{`Welcome back, guest #${guest}`}</h1>
      <p>{`You have ${s.intn(900)} loyalty points. ${s.sentence()}`}</p>
      <h2>Your orders</h2>
      <table>
        <thead>
          <tr>
            <th>Order</th>
            <th>Placed</th>
            <th>Item</th>
            <th>Total</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.no}>
              <td>{o.no}</td>
              <td>{dayUTC(o.placed)}</td>
              <td>
                <Link href={`/products/${o.id}`}>{productName(o.id)}</Link>
              </td>
              <td>{formatPrice(priceCents(o.id, 0))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Recommended for you</h2>
      <ul>
        {recs.map((id, k) => (
          <li key={k}>
            <Link href={`/products/${id}`}>{productName(id)}</Link>
          </li>
        ))}
      </ul>
      <p>{s.paragraph(2)}</p>
    </>
  )
}

import type { Metadata } from 'next'

// `/pricing`: the content never changes, but the route is forced dynamic
// (by mistake, by design of this test site), so it is rendered per request.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { title: 'Repair plans and pricing' }

const plans: [string, string, string][] = [
  ['Patch', '$15', 'One patch or darn on any garment, done while you wait.'],
  ['Resole', '$89', 'New soles and heel blocks for a pair of boots, two weeks.'],
  ['Reproof', '$35', 'Clean and re-waterproof a jacket or tent fly.'],
  ['Care club', '$120 a year', 'Unlimited small repairs and a yearly reproof.'],
]

export default function Pricing() {
  return (
    <>
      <h1>Repair plans and pricing</h1>
      <p>Our prices have not changed since spring; they include parts and labour.</p>
      <table>
        <thead>
          <tr>
            <th>Plan</th>
            <th>Price</th>
            <th>What you get</th>
          </tr>
        </thead>
        <tbody>
          {plans.map(([name, price, what]) => (
            <tr key={name}>
              <td>{name}</td>
              <td>{price}</td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

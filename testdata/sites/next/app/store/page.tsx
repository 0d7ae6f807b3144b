import type { Metadata } from 'next'
import Greeting from './Greeting'

// `/store`: static store locations and opening hours, with one client island.
export const metadata: Metadata = { title: 'Our stores' }

const stores: [string, string, string][] = [
  ['Kendal', '14 Harbour Lane', 'Mon–Sat 9:00–17:30, Sun 10:00–16:00'],
  ['Keswick', '3 Lake Road', 'Mon–Sun 9:00–18:00'],
  ['Ambleside', '22 Rydal Road', 'Mon–Sat 9:30–17:00'],
  ['Penrith', '8 Devonshire Street', 'Tue–Sat 10:00–17:00'],
]

export default function Store() {
  return (
    <>
      <h1>Our stores</h1>
      <Greeting />
      <table>
        <thead>
          <tr>
            <th>Town</th>
            <th>Address</th>
            <th>Opening hours</th>
          </tr>
        </thead>
        <tbody>
          {stores.map(([town, address, hours]) => (
            <tr key={town}>
              <td>{town}</td>
              <td>{address}</td>
              <td>{hours}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Every store has a repair bench; bring boots before noon for same-week resoling.</p>
    </>
  )
}

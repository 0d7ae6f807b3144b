'use client'

import { useEffect, useState } from 'react'

// `/dashboard`: a static shell; everything on it is fetched in the browser
// from /api/dashboard and rendered client-side.
type Row = { sku: string; name: string; sold: number; returned: number }
type Data = { request: number; generatedAt: string; visitors: number; orders: number; revenue: string; rows: Row[] }

export default function Dashboard() {
  const [data, setData] = useState<Data | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    fetch('/api/dashboard', { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then(setData, (e: Error) => setError(e.message))
  }, [])
  return (
    <>
      <h1>Dashboard</h1>
      <div id="app">
        {error && <p>Could not load the dashboard: {error}</p>}
        {!data && !error && <p>Loading…</p>}
        {data && (
          <>
            <p>{`Report #${data.request}, generated at ${data.generatedAt}.`}</p>
            <p>{`${data.visitors} visitors today, ${data.orders} orders, ${data.revenue} revenue.`}</p>
            <table>
              <thead>
                <tr>
                  <th>SKU</th>
                  <th>Product</th>
                  <th>Sold</th>
                  <th>Returned</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.sku}>
                    <td>{r.sku}</td>
                    <td>{r.name}</td>
                    <td>{r.sold}</td>
                    <td>{r.returned}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </div>
    </>
  )
}

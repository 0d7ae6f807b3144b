'use client'

import { useEffect, useState } from 'react'

// A small client island: the only per-visitor bit of /store, fetched in the
// browser so the page itself stays static.
export default function Greeting() {
  const [text, setText] = useState('')
  useEffect(() => {
    fetch('/api/greeting', { cache: 'no-store' })
      .then((r) => r.json())
      .then((d: { greeting: string }) => setText(d.greeting), () => setText(''))
  }, [])
  return <p id="greeting">{text || 'Welcome!'}</p>
}

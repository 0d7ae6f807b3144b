package chrome

import (
	"fmt"

	"github.com/go-rod/rod"

	"github.com/rendermap/rendermap"
)

// observePaintJS runs before any page script and records the latest
// largest-contentful-paint candidate in window.__rendermapLCP.
const observePaintJS = `(() => { try {
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__rendermapLCP = e.startTime; })
    .observe({type: 'largest-contentful-paint', buffered: true});
} catch (e) {} })()`

// extractJS reads what the page shows. Text is grouped by its nearest
// block-level ancestor; each block gets a CSS selector and the nearest heading.
const extractJS = `() => {
  const skip = new Set(['SCRIPT','STYLE','NOSCRIPT','TEMPLATE','SVG','HEAD']);
  const isBlock = (el) => { const d = getComputedStyle(el).display; return d !== 'inline' && d !== 'contents'; };
  const blockOf = (el) => { while (el && el !== document.body && !isBlock(el)) el = el.parentElement; return el || document.body; };
  const sel = (el) => { const parts = []; let depth = 0;
    while (el && el.nodeType === 1 && el !== document.documentElement && depth < 6) {
      if (el.id) { parts.unshift('#' + CSS.escape(el.id)); break; }
      let i = 1, s = el; while ((s = s.previousElementSibling)) if (s.tagName === el.tagName) i++;
      parts.unshift(el.tagName.toLowerCase() + ':nth-of-type(' + i + ')'); el = el.parentElement; depth++; }
    return parts.join(' > '); };
  const blocks = []; const index = new Map(); let heading = '';
  const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const t = n.nodeValue.replace(/\s+/g, ' '); if (!t.trim()) continue;
    let p = n.parentElement, hidden = false;
    for (let q = p; q; q = q.parentElement) { if (skip.has(q.tagName.toUpperCase())) { hidden = true; break; } }
    if (hidden || (p && p.closest('[hidden]'))) continue;
    const b = blockOf(p);
    if (/^H[1-6]$/.test(b.tagName)) heading = b.innerText.replace(/\s+/g, ' ').trim();
    let blk = index.get(b);
    if (!blk) { blk = {selector: sel(b), heading: /^H[1-6]$/.test(b.tagName) ? '' : heading, text: ''}; index.set(b, blk); blocks.push(blk); }
    blk.text += t;
  }
  for (const b of blocks) b.text = b.text.replace(/\s+/g, ' ').trim();
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.href);
  const robots = document.querySelector('meta[name="robots" i]');
  const nav = performance.getEntriesByType('navigation')[0];
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    title: document.title, text: document.body ? document.body.innerText : '', blocks, links,
    robots: robots ? robots.content : '',
    timing: nav ? {
      ttfb_ms: nav.responseStart - nav.requestStart, dom_content_loaded_ms: nav.domContentLoadedEventEnd,
      load_ms: nav.loadEventEnd, fcp_ms: fcp ? fcp.startTime : 0, lcp_ms: window.__rendermapLCP || 0,
    } : {},
    final_url: location.href,
  };
}`

func extract(page *rod.Page) (*rendermap.Rendered, error) {
	res, err := page.Eval(extractJS)
	if err != nil {
		return nil, err
	}
	var r rendermap.Rendered
	if err := res.Value.Unmarshal(&r); err != nil {
		return nil, fmt.Errorf("decode page data: %w", err)
	}
	return &r, nil
}

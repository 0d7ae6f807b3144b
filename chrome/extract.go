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
  const blockCache = new Map(), hiddenCache = new Map(), nth = new Map(), counted = new Set(), sels = new Map();
  const isBlock = (el) => { let b = blockCache.get(el); if (b === undefined) { const d = getComputedStyle(el).display; b = d !== 'inline' && d !== 'contents'; blockCache.set(el, b); } return b; };
  const blockOf = (el) => { while (el && el !== document.body && !isBlock(el)) el = el.parentElement; return el || document.body; };
  const hidden = (el) => { if (!el) return false; let h = hiddenCache.get(el);
    if (h === undefined) { h = skip.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || hidden(el.parentElement); hiddenCache.set(el, h); } return h; };
  const nthOfType = (el) => { const p = el.parentElement; if (!p) return 1;
    if (!counted.has(p)) { const counts = {}; for (const c of p.children) { counts[c.tagName] = (counts[c.tagName] || 0) + 1; nth.set(c, counts[c.tagName]); } counted.add(p); }
    return nth.get(el) || 1; };
  const sel = (el) => { if (sels.has(el)) return sels.get(el); const parts = []; let depth = 0, e = el;
    while (e && e.nodeType === 1 && e !== document.documentElement && depth < 6) {
      if (e.id) { parts.unshift('#' + CSS.escape(e.id)); break; }
      parts.unshift(e.tagName.toLowerCase() + ':nth-of-type(' + nthOfType(e) + ')'); e = e.parentElement; depth++; }
    const out = parts.join(' > '); sels.set(el, out); return out; };
  const blocks = []; const index = new Map(); let heading = '';
  const w = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    const t = n.nodeValue.replace(/\s+/g, ' '); if (!t.trim()) continue;
    const p = n.parentElement;
    if (hidden(p)) continue;
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

// extract reads what the page shows, and its template fingerprint when
// fingerprint is set.
func extract(page *rod.Page, fingerprint bool) (*rendermap.Rendered, error) {
	res, err := page.Eval(extractJS)
	if err != nil {
		return nil, err
	}
	var r rendermap.Rendered
	if err := res.Value.Unmarshal(&r); err != nil {
		return nil, fmt.Errorf("decode page data: %w", err)
	}
	if !fingerprint {
		return &r, nil
	}
	if err := readTemplate(page, &r); err != nil {
		return nil, err
	}
	return &r, nil
}

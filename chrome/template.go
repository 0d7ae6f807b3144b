package chrome

import (
	"context"
	"errors"
	"fmt"

	"github.com/go-rod/rod"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/text"
)

// templateJS fingerprints the structure of the rendered page, ignoring its
// text: every element of the body (at most 20,000; script, style and SVG
// internals skipped) gives the path of tag.class tokens from its
// grandparent to itself (classes with digits, which often name one record,
// are dropped). Two sets of 32-bit path hashes are kept: all paths (even
// hashes) and the paths of elements that carry a class (odd hashes), which
// leave out the unclassed markup content such as Markdown produces. Of
// each, the smallest 128 are returned, sorted: bottom-k sketches, which
// estimate the Jaccard similarity of two pages. It also reads the route data a
// framework exposes: Next's Pages Router page (__NEXT_DATA__.page), the
// matched Vue Router record of a Nuxt or Vue app, or SvelteKit's node ids.
const templateJS = `() => {
  const K = 128, MAX = 20000, XHTML = 'http://www.w3.org/1999/xhtml';
  const skip = new Set(['SCRIPT','STYLE','NOSCRIPT','TEMPLATE','LINK','META']);
  const tokens = new Map();
  const token = (el) => { let t = tokens.get(el); if (t !== undefined) return t;
    const cs = []; for (const c of el.classList) if (c.length <= 40 && !/\d/.test(c)) cs.push(c);
    t = el.localName + (cs.length ? '.' + cs.sort().slice(0, 4).join('.') : ''); tokens.set(el, t); return t; };
  const fmix = (h) => { h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); h ^= h >>> 16; return h >>> 0; };
  const hash = (s) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); } return fmix(h); };
  const route = () => {
    try { const nd = window.__NEXT_DATA__; if (nd && typeof nd.page === 'string') return ['next', nd.page]; } catch (e) {}
    try { const host = document.getElementById('__nuxt') || document.querySelector('[data-v-app]');
      const r = host && host.__vue_app__ && host.__vue_app__.config.globalProperties.$route;
      if (r && r.matched && r.matched.length) return [document.getElementById('__nuxt') ? 'nuxt' : 'vue-router', String(r.matched[r.matched.length - 1].path)];
    } catch (e) {}
    try { for (const s of document.querySelectorAll('script:not([src])')) { const t = s.textContent;
      if (t.length > 500000 || t.indexOf('node_ids') < 0) continue;
      const m = /node_ids:\s*\[([\d,\s]*)\]/.exec(t); if (m) return ['sveltekit', 'node_ids [' + m[1].replace(/\s+/g, '') + ']']; }
    } catch (e) {}
    return ['', ''];
  };
  const all = new Set(), classed = new Set(), root = document.body;
  if (root) {
    const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, { acceptNode: (n) =>
      skip.has(n.tagName) || (n.namespaceURI !== XHTML && n.localName !== 'svg') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT });
    for (let el = w.currentNode, n = 0; el && n < MAX; el = w.nextNode(), n++) {
      const p = el === root ? null : el.parentElement, g = p && p !== root ? p.parentElement : null;
      const h = hash((g ? token(g) : '') + '>' + (p ? token(p) : '') + '>' + token(el));
      all.add((h & ~1) >>> 0);
      if (token(el).indexOf('.') > 0) classed.add((h | 1) >>> 0);
    }
  }
  const bottom = (set) => [...set].sort((a, b) => a - b).slice(0, K);
  const [framework, route_id] = route();
  return { template: bottom(all).concat(bottom(classed)).sort((a, b) => a - b), framework, route_id };
}`

// readTemplate adds the page's structural fingerprint and framework route
// data to r. They only help group URLs, so a page whose scripts break the
// reading still renders, without them; only a page that holds the reading
// until the render's deadline fails, so that its tab is not reused.
func readTemplate(page *rod.Page, r *rendermap.Rendered) error {
	res, err := page.Eval(templateJS)
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return fmt.Errorf("read template: %w", err)
	}
	if err != nil {
		return nil
	}
	var t struct {
		Template  []uint32 `json:"template"`
		Framework string   `json:"framework"`
		RouteID   string   `json:"route_id"`
	}
	if res.Value.Unmarshal(&t) != nil {
		return nil
	}
	r.Template, r.Framework, r.RouteID = t.Template, t.Framework, text.TruncateBytes(t.RouteID, maxRouteID)
	return nil
}

// maxRouteID bounds the route id kept from a page, which the page controls.
const maxRouteID = 300

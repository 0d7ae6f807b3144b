package measure

import (
	"fmt"
	"net/http"
	"regexp"
	"sort"
	"strings"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/httpcache"
	"github.com/rendermap/rendermap/internal/text"
)

// PersonalizedThreshold is the fraction of visible text that must differ
// between two fresh sessions (volatile blocks excluded) for a page to count
// as personalized without supporting signals. With a session signal
// (Set-Cookie on first visit or Vary: Cookie) any differing block counts.
const PersonalizedThreshold = 0.05

// blockDiff is the difference between two renders of a page.
type blockDiff struct {
	Fraction float64
	Where    []string
	Excerpt  string
}

// maxBlockBytes caps the text of one block that is compared.
const maxBlockBytes = 16 << 10

// keyedBlock is a text block with a stable key and its normalized text.
type keyedBlock struct {
	key, label, text string
}

// keyBlocks keys blocks by selector (numbered when repeated); a render
// without blocks is split into lines.
func keyBlocks(r *rendermap.Rendered) map[string]keyedBlock {
	blocks := r.Blocks
	if len(blocks) == 0 {
		for i, line := range strings.Split(r.Text, "\n") {
			blocks = append(blocks, rendermap.TextBlock{Selector: fmt.Sprintf("line %d", i+1), Text: line})
		}
	}
	out := map[string]keyedBlock{}
	for _, b := range blocks {
		norm := normalizeText(text.TruncateBytes(b.Text, maxBlockBytes))
		if norm == "" {
			continue
		}
		key := b.Selector + "|" + b.Heading
		for n := 2; ; n++ {
			if _, dup := out[key]; !dup {
				break
			}
			key = fmt.Sprintf("%s|%s#%d", b.Selector, b.Heading, n)
		}
		out[key] = keyedBlock{key: key, label: blockLabel(b), text: norm}
	}
	return out
}

func blockLabel(b rendermap.TextBlock) string {
	if b.Selector != "" {
		return b.Selector
	}
	return b.Heading
}

// changedKeys returns the keys whose text differs between a and b.
func changedKeys(a, b map[string]keyedBlock) map[string]bool {
	out := map[string]bool{}
	for _, k := range unionKeys(a, b) {
		if a[k].text != b[k].text {
			out[k] = true
		}
	}
	return out
}

// diffRenders compares a and b block by block, ignoring keys in skip (the
// blocks that changed between two loads of the same session).
func diffRenders(a, b map[string]keyedBlock, skip map[string]bool) blockDiff {
	var d blockDiff
	total, differ := 0, 0
	for _, k := range unionKeys(a, b) {
		n := max(len(a[k].text), len(b[k].text))
		total += n
		if skip[k] || a[k].text == b[k].text {
			continue
		}
		differ += n
		d.Where = text.AppendUnique(d.Where, firstNonEmpty(a[k].label, b[k].label))
		if d.Excerpt == "" {
			d.Excerpt = text.Truncate(firstNonEmpty(a[k].text, b[k].text), 200)
		}
	}
	if total > 0 {
		d.Fraction = round3(float64(differ) / float64(total))
	}
	if len(d.Where) > 10 {
		d.Where = d.Where[:10]
	}
	return d
}

func unionKeys(a, b map[string]keyedBlock) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// sessionCookie matches cookie names that usually hold a session.
var sessionCookie = regexp.MustCompile(`(?i)(sess|^sid$|auth|token|jwt|login|user|^connect\.sid$|phpsessid|jsessionid)`)

// sessionSignals lists the header evidence of per-visitor responses seen on
// a first visit with an empty cookie jar.
func sessionSignals(h http.Header) []string {
	var out []string
	names := httpcache.CookieNames(h.Values("Set-Cookie"))
	if len(names) > 0 {
		out = append(out, "set-cookie on first visit: "+strings.Join(names, ", "))
	}
	for _, n := range names {
		if sessionCookie.MatchString(n) {
			out = append(out, "session-like cookie name: "+n)
		}
	}
	if httpcache.Varies(h, "cookie") {
		out = append(out, "vary: cookie")
	}
	cc := httpcache.ParseCacheControl(h.Values("Cache-Control"))
	if cc.Private {
		out = append(out, "cache-control: private")
	}
	if cc.NoStore {
		out = append(out, "cache-control: no-store")
	}
	return out
}

// strongSignal reports a signal that a response depends on the visitor's session.
func strongSignal(signals []string) bool {
	for _, s := range signals {
		if strings.HasPrefix(s, "set-cookie") || s == "vary: cookie" {
			return true
		}
	}
	return false
}

// isPersonalized applies PersonalizedThreshold.
func isPersonalized(d blockDiff, signals []string) bool {
	return d.Fraction >= PersonalizedThreshold || d.Fraction > 0 && strongSignal(signals)
}

package emit

import "fmt"

// Header values shared by the CDN-facing targets.
const (
	// browserRevalidate makes browsers revalidate every time (Vercel's and
	// Netlify's default for HTML).
	browserRevalidate = "public, max-age=0, must-revalidate"
	// privateNoStore keeps a response out of every shared cache.
	privateNoStore = "private, no-store"
	// privateNoCache keeps a response out of shared caches and makes the
	// browser revalidate it.
	privateNoCache = "private, no-cache"
)

// netlifyISR is the Netlify-CDN-Cache-Control value implementing ISR(n).
func netlifyISR(n int64) string {
	return fmt.Sprintf("public, durable, max-age=%d, stale-while-revalidate=%d", n, staleForever)
}

// vercelISR is the Vercel-CDN-Cache-Control value implementing ISR(n).
func vercelISR(n int64) string {
	return fmt.Sprintf("max-age=%d, stale-while-revalidate=%d", n, staleForever)
}

// vercelStatic keeps a page at the edge until the next deploy.
func vercelStatic() string {
	return fmt.Sprintf("max-age=%d", staleForever)
}

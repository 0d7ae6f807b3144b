// Command rendermap audits a website route by route and recommends how each
// route should be rendered: static, isr, ssr or client.
package main

import (
	"context"
	"os"
)

func main() {
	ctx, stop := interruptContext(context.Background(), os.Stderr)
	code := run(ctx, os.Args[1:], stdio())
	stop()
	os.Exit(code)
}

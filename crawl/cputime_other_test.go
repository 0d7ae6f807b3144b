//go:build !unix

package crawl

import "time"

func cpuTime() time.Duration { return 0 }

package audit

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/rendermap/rendermap/httpcache"
)

// checkReachable fails fast, within seconds, when the site does not answer at all.
func checkReachable(ctx context.Context, site, ua string) error {
	ctx, cancel := context.WithTimeout(ctx, 8*time.Second)
	defer cancel()
	if _, _, err := httpcache.Fetch(ctx, http.MethodHead, site, ua); err != nil {
		return fmt.Errorf("site %s is unreachable: %v; check the URL and that the server is up", site, errors.Unwrap(err))
	}
	return nil
}

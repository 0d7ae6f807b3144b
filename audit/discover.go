package audit

import (
	"context"
	"fmt"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/crawl"
)

// discover fills a's routes: from the shared discovery of --routes-file,
// else by crawling; then keeps this run's shard. A resumed audit keeps
// the routes it has.
func (r *Runner) discover(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) error {
	switch {
	case r.cfg.Resumed != nil:
		return nil
	case r.in.routes != nil:
		r.prog.Stage("using %d route patterns from %s", len(r.in.routes.Routes), r.cfg.RoutesFile)
		r.in.routes.Fill(a)
	default:
		if err := r.crawl(ctx, b, a); err != nil {
			return err
		}
	}
	r.applyShard(a)
	return nil
}

// crawl discovers the site's URLs and route patterns.
func (r *Runner) crawl(ctx context.Context, b rendermap.Browser, a *rendermap.Audit) error {
	r.prog.Stage("discovering URLs on %s", a.Site.Origin)
	began := time.Now()
	opt := r.cfg.Crawl(r.cfg.Site.String(), b, r.in.urls)
	opt.Progress = CrawlProgress(r.prog)
	r.loads = rendermap.NewLoads()
	opt.Loads = r.loads
	res, err := crawl.Discover(ctx, opt)
	r.prog.Done()
	a.Timings().Discover = rendermap.Seconds(time.Since(began))
	if err != nil {
		return fmt.Errorf("discover: %w", err)
	}
	res.Fill(a)
	r.prog.Stage("found %d URLs in %d route patterns", res.Site.URLsDiscovered, len(res.Routes))
	return nil
}

// applyShard keeps this run's share of the route patterns.
func (r *Runner) applyShard(a *rendermap.Audit) {
	if r.in.shardN == 0 {
		return
	}
	a.Routes = crawl.Shard(a.Routes, r.in.shardI, r.in.shardN)
	a.Shard = &rendermap.ShardInfo{Index: r.in.shardI, Count: r.in.shardN}
	r.prog.Stage("shard %d/%d: measuring %d route patterns", r.in.shardI, r.in.shardN, len(a.Routes))
}

// CrawlProgress reports discovery's counts on prog as one updating line.
func CrawlProgress(prog Progress) func(crawl.Progress) {
	return func(p crawl.Progress) {
		prog.Update("discovered %d URLs, %d patterns, %d pages rendered", p.Discovered, p.Patterns, p.Rendered)
	}
}

package main

import (
	"os"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/crawl"
)

// loadSharding reads --routes-file and parses --shard before any network traffic.
func (p *pipeline) loadSharding() error {
	if p.o.shard != "" {
		i, n, err := crawl.ParseShard(p.o.shard)
		if err != nil {
			return usageErr("--shard %q: %v; write it as I/N, e.g. 1/4", p.o.shard, err)
		}
		p.shardI, p.shardN = i, n
	}
	if p.o.routesFile == "" {
		return nil
	}
	f, err := os.Open(p.o.routesFile)
	if err != nil {
		return usageErr("--routes-file %s: %v", p.o.routesFile, err)
	}
	defer f.Close()
	res, err := crawl.ReadResult(f)
	if err != nil {
		return usageErr("--routes-file %s: %v", p.o.routesFile, err)
	}
	if res.Site.Origin != origin(p.site) {
		return usageErr("--routes-file %s lists routes of %s, not %s", p.o.routesFile, res.Site.Origin, origin(p.site))
	}
	p.routes = res
	return nil
}

// useRoutes takes the routes of a shared discovery instead of crawling.
func (p *pipeline) useRoutes(a *rendermap.Audit, res *crawl.Result) {
	p.prog.Stage("using %d route patterns from %s", len(res.Routes), p.o.routesFile)
	a.Site = res.Site
	a.Routes = res.Routes
	a.Warnings = append(a.Warnings, res.Warnings...)
	a.NotAudited = res.NotAudited
}

// applyShard keeps this run's share of the route patterns.
func (p *pipeline) applyShard(a *rendermap.Audit) {
	if p.shardN == 0 {
		return
	}
	a.Routes = crawl.Shard(a.Routes, p.shardI, p.shardN)
	a.Shard = &rendermap.ShardInfo{Index: p.shardI, Count: p.shardN}
	p.prog.Stage("shard %d/%d: measuring %d route patterns", p.shardI, p.shardN, len(a.Routes))
}

package audit

import (
	"os"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/advise"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/crawl"
)

// inputs are the local files and values an audit reads before its first
// request, so that bad input fails fast.
type inputs struct {
	creds    config.Credentials
	urls     []string
	routes   *crawl.Result // --routes-file, or nil
	shardI   int
	shardN   int // 0: every pattern
	baseline *rendermap.Audit
	facts    advise.Facts
}

// load reads every input of cfg; the error names the input.
func load(cfg *Config) (*inputs, error) {
	if err := cfg.Validate(config.AuditFlags); err != nil {
		return nil, err
	}
	in := &inputs{}
	var err error
	if in.creds, err = cfg.Credentials(cfg.Getenv); err != nil {
		return nil, err
	}
	if in.urls, err = readURLList(cfg.URLs, cfg); err != nil {
		return nil, err
	}
	if err := in.loadSharding(cfg); err != nil {
		return nil, err
	}
	if err := in.loadBaseline(cfg); err != nil {
		return nil, err
	}
	if in.facts, err = cfg.Facts(); err != nil {
		return nil, err
	}
	return in, nil
}

// readURLList reads --urls ("-" is stdin; a list or an access log, gzip
// or not); "" gives none.
func readURLList(path string, cfg *Config) ([]string, error) {
	if path == "" {
		return nil, nil
	}
	r, closeFn, err := config.Open(path, cfg.Stdin)
	if err != nil {
		return nil, config.Inputf("--urls %s: %v", path, err)
	}
	defer closeFn()
	urls, err := crawl.ReadURLList(r)
	if err != nil {
		return nil, config.Inputf("--urls %s: %v", path, err)
	}
	return urls, nil
}

// loadSharding parses --shard and reads --routes-file.
func (in *inputs) loadSharding(cfg *Config) error {
	if cfg.Shard != "" {
		i, n, err := crawl.ParseShard(cfg.Shard)
		if err != nil {
			return config.Inputf("--shard %q: %v; write it as I/N, e.g. 1/4", cfg.Shard, err)
		}
		in.shardI, in.shardN = i, n
	}
	if cfg.RoutesFile == "" {
		return nil
	}
	res, err := readRoutes(cfg.RoutesFile)
	if err != nil {
		return err
	}
	if res.Site.Origin != cfg.origin() {
		return config.Inputf("--routes-file %s lists routes of %s, not %s", cfg.RoutesFile, res.Site.Origin, cfg.origin())
	}
	in.routes = res
	return nil
}

func readRoutes(path string) (*crawl.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, config.Inputf("--routes-file %s: %v", path, err)
	}
	defer f.Close()
	res, err := crawl.ReadResult(f)
	if err != nil {
		return nil, config.Inputf("--routes-file %s: %v", path, err)
	}
	return res, nil
}

// loadBaseline reads --baseline.
func (in *inputs) loadBaseline(cfg *Config) error {
	if cfg.Baseline == "" {
		return nil
	}
	var err error
	in.baseline, err = Read(cfg.Baseline, cfg.Stdin)
	return err
}

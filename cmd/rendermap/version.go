package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/rendermap/rendermap/crawl"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

func init() {
	crawl.Version = version
	register("version", "print the version", func(s streams) command { return &versionCommand{s: s} })
}

type versionCommand struct{ s streams }

// Run prints the version.
func (c *versionCommand) Run(ctx context.Context, args []string) error {
	fs := newFlags(c.s, "version", "version", "  rendermap version\n")
	if err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(c.s.out, "rendermap %s (%s, schema %s)\n", version, runtime.Version(), "rendermap.audit/v1")
	return nil
}

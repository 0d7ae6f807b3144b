package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/rendermap/rendermap/config"
)

func init() {
	register("init", "write a commented starter rendermap.yaml", func(s streams) command { return &initCommand{s: s} })
}

// initCommand writes a starter config file.
type initCommand struct {
	s     streams
	path  string
	force bool
}

// Run writes the file, refusing to overwrite one unless --force.
func (c *initCommand) Run(ctx context.Context, args []string) error {
	flags := newFlags(c.s, "init", "init [-o rendermap.yaml] [--force]", "  rendermap init\n  rendermap init -o ci/rendermap.yaml\n")
	flags.StringVarP(&c.path, "output", "o", "rendermap.yaml", "file to write")
	flags.BoolVar(&c.force, "force", false, "overwrite an existing file")
	if err := parse(flags, args); err != nil {
		return err
	}
	if _, err := os.Stat(c.path); err == nil && !c.force {
		return usageErr("%s already exists: pass --force to overwrite it", c.path)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return usageErr("%s: %v", c.path, err)
	}
	if err := os.WriteFile(c.path, config.Starter(), 0o644); err != nil {
		return usageErr("write %s: %v", c.path, err)
	}
	fmt.Fprintf(c.s.err, "rendermap: wrote %s; edit it, then run 'rendermap audit'\n", c.path)
	return nil
}

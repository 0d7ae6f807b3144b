package audit

import (
	"io"
	"net/url"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/config"
)

// Config is one audit run: the settings and what the caller provides.
type Config struct {
	config.Settings
	// Site is the start URL: its origin is the audited site.
	Site *url.URL
	// Resumed is the interrupted audit to continue (--resume), or nil.
	Resumed *rendermap.Audit
	// Browser renders pages; nil launches Chromium (or connects to
	// Settings.Browser) and closes it at the end.
	Browser rendermap.Browser
	// Progress receives stage and step reports; nil discards them.
	Progress Progress
	// Stdin is read when an input file is "-".
	Stdin io.Reader
	// Getenv reads the environment variables rendermap.yaml's auth names.
	Getenv func(string) string
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Version is the tool version recorded in audit.json.
	Version string
}

func (c *Config) now() time.Time {
	if c.Now == nil {
		return time.Now()
	}
	return c.Now()
}

// origin is the scheme and host of the site.
func (c *Config) origin() string {
	return c.Site.Scheme + "://" + c.Site.Host
}

package config

import (
	"fmt"
	"time"
)

// Recheck is the --recheck setting: 0 is "auto" (the re-fetch window lasts
// as long as rendering), a negative value is off (no re-fetches), and a
// positive one is the least window. It is a pflag.Value.
type Recheck time.Duration

// Window returns the value as measure.Options.Recheck takes it.
func (v Recheck) Window() time.Duration { return time.Duration(v) }

// String formats the value as it is written on the command line.
func (v *Recheck) String() string {
	switch d := time.Duration(*v); {
	case d == 0:
		return "auto"
	case d < 0:
		return "0"
	default:
		return d.String()
	}
}

// Set parses auto, 0 (or off) or a duration.
func (v *Recheck) Set(s string) error {
	switch s {
	case "auto":
		*v = 0
		return nil
	case "0", "off":
		*v = -1
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return fmt.Errorf("want auto, 0 or a duration such as 30s")
	}
	*v = Recheck(d)
	if d == 0 {
		*v = -1
	}
	return nil
}

// Type names the value in --help.
func (v *Recheck) Type() string { return "window" }

// recheckFromFile is the file's crawl.recheck: there 0 disables re-fetches.
func recheckFromFile(d time.Duration) Recheck {
	if d == 0 {
		return -1
	}
	return Recheck(d)
}

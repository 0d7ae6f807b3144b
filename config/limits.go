package config

import "github.com/rendermap/rendermap"

// Validate checks the settings of the groups a command bound; the error
// names the flag and the values it takes.
func (s *Settings) Validate(groups Group) error {
	if groups&MeasureFlags != 0 && (s.Samples < 1 || s.Samples > 100) {
		return Inputf("--samples %d: give a number from 1 to 100", s.Samples)
	}
	if groups&DiscoverFlags == 0 {
		return nil
	}
	switch {
	case s.URLsPerPattern < 1:
		return Inputf("--urls-per-pattern %d: give at least 1", s.URLsPerPattern)
	case s.Concurrency < 1:
		return Inputf("--concurrency %d: give at least 1", s.Concurrency)
	case s.Timeout <= 0:
		return Inputf("--timeout %s: give a positive duration such as 15m", s.Timeout)
	}
	return checkRoutes(s.Routes)
}

// checkRoutes refuses a pinned pattern that [rendermap.ParsePattern]
// would read with a literal where a parameter was meant.
func checkRoutes(routes []string) error {
	for _, r := range routes {
		if _, err := rendermap.ParsePattern(r); err != nil {
			return Inputf("--route: %v; write each parameter as one whole segment in one of these forms", err)
		}
	}
	return nil
}

package rendermap

// Check is the outcome of one assertion from the config file against one route.
type Check struct {
	// Pattern is the route checked ("*" assertions expand to each route).
	Pattern string `json:"pattern"`
	// Assertion is the assertion as written, e.g. "ttfb_p95_ms <= 800".
	Assertion string `json:"assertion"`
	// Level is "error" (fails the run) or "warn".
	Level string `json:"level"`
	// Passed reports whether the route satisfied the assertion.
	Passed bool `json:"passed"`
	// Actual is the observed value, formatted.
	Actual string `json:"actual"`
	// Message explains a failure in one sentence.
	Message string `json:"message,omitempty"`
	// Retried is true when a failed measurement was re-measured before it counted.
	Retried bool `json:"retried,omitempty"`
}

package rendermap

// Advice is what advise found for one route pattern: its part of a [Route].
type Advice struct {
	// Inputs are the cost model's inputs with their sources.
	Inputs *ModelInputs `json:"inputs,omitempty"`
	// Recommendation is the advised strategy.
	Recommendation Recommendation `json:"recommendation"`
	// Alternatives lists every other strategy with its cost and why it lost.
	Alternatives []Alternative `json:"alternatives"`
	// BreakEven lists the figures at which the choice would flip.
	BreakEven []BreakEven `json:"break_even"`
}

package main

import (
	"github.com/spf13/pflag"

	"github.com/rendermap/rendermap/advise"
)

// factFlags are the cost model's facts given on the command line; they
// override rendermap.yaml's model section (defaults < file < flags).
type factFlags struct {
	workers        int
	secondsPerPage float64
	overhead       float64
	incremental    bool
	deploysPerDay  float64
	price          float64
	audience       advise.Audience
}

func (f *factFlags) bind(fs *pflag.FlagSet) {
	fs.IntVar(&f.workers, "build-workers", 0, "pages your static build renders in parallel (default: the model's 4)")
	fs.Float64Var(&f.secondsPerPage, "build-seconds-per-page", 0, "build cost of one page in seconds (default: the measured render time)")
	fs.Float64Var(&f.overhead, "build-overhead", 0, "fixed seconds of one build (default: the model's 60)")
	fs.BoolVar(&f.incremental, "incremental", false, "builds render only the pages that changed")
	fs.Float64Var(&f.deploysPerDay, "max-deploys-per-day", 0, "most builds that can ship in a day (default: the model's 24)")
	fs.Float64Var(&f.price, "price-per-compute-second", 0, "show costs as money at this price per compute-second")
	fs.Float64Var(&f.audience.NearRTTMS, "audience-near-ms", 0, "round trip of a visitor near the origin, in ms (default 20)")
	fs.Float64Var(&f.audience.FarRTTMS, "audience-far-ms", 0, "round trip of a visitor an ocean away, in ms (default 150)")
	fs.Float64Var(&f.audience.EdgeRTTMS, "audience-edge-ms", 0, "round trip of any visitor to the CDN edge, in ms (default 20)")
}

// apply overrides facts with every flag the user set.
func (f *factFlags) apply(fs *pflag.FlagSet, facts advise.Facts) advise.Facts {
	if fs.Changed("build-workers") {
		facts.BuildWorkers = f.workers
	}
	if fs.Changed("build-seconds-per-page") {
		facts.BuildSecondsPerPage = f.secondsPerPage
	}
	if fs.Changed("build-overhead") {
		facts.BuildOverheadSeconds = f.overhead
	}
	if fs.Changed("incremental") {
		facts.Incremental = f.incremental
	}
	if fs.Changed("max-deploys-per-day") {
		facts.MaxDeploysPerDay = f.deploysPerDay
	}
	if fs.Changed("price-per-compute-second") {
		facts.PricePerComputeSecond = f.price
	}
	if fs.Changed("audience-near-ms") {
		facts.Audience.NearRTTMS = f.audience.NearRTTMS
	}
	if fs.Changed("audience-far-ms") {
		facts.Audience.FarRTTMS = f.audience.FarRTTMS
	}
	if fs.Changed("audience-edge-ms") {
		facts.Audience.EdgeRTTMS = f.audience.EdgeRTTMS
	}
	return facts
}

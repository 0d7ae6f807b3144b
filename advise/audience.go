package advise

import "github.com/rendermap/rendermap"

// Audience is who visits, as round trips in milliseconds: from a visitor
// near the origin, from one an ocean away, and from any visitor to the
// nearest edge location of a CDN.
type Audience struct {
	NearRTTMS float64
	FarRTTMS  float64
	EdgeRTTMS float64
}

// coldRoundTrips is the round trips of a first visit before the first
// byte: TCP handshake, TLS 1.3 handshake, then the request itself.
const coldRoundTrips = 3

// withDefaults fills zero fields from the documented defaults.
func (a Audience) withDefaults() Audience {
	if a.NearRTTMS <= 0 {
		a.NearRTTMS = DefaultNearRTTMS
	}
	if a.FarRTTMS <= 0 {
		a.FarRTTMS = DefaultFarRTTMS
	}
	if a.EdgeRTTMS <= 0 {
		a.EdgeRTTMS = DefaultEdgeRTTMS
	}
	return a
}

// ttfb is a cold visit's time to first byte over a round trip of rtt to a
// server that takes serverMS.
func ttfb(rtt, serverMS float64) float64 { return coldRoundTrips*rtt + serverMS }

// visitors is the TTFB a near and a far visitor get when a share edge of
// views is served from the edge and the rest is rendered at the origin.
func (in Inputs) visitors(edge float64) *rendermap.VisitorTTFB {
	a := in.Audience.withDefaults()
	origin := in.pageSeconds() * 1000
	at := func(rtt float64) float64 {
		return round1(edge*ttfb(a.EdgeRTTMS, 0) + (1-edge)*ttfb(rtt, origin))
	}
	return &rendermap.VisitorTTFB{NearMS: at(a.NearRTTMS), FarMS: at(a.FarRTTMS)}
}

// edgeShare is the share of views a strategy serves from the edge.
func edgeShare(s rendermap.Strategy, c rendermap.Cost) float64 {
	switch s {
	case rendermap.Static, rendermap.Client:
		return 1
	case rendermap.ISR:
		return c.HitRatio
	}
	return 0
}

func round1(x float64) float64 { return float64(int64(x*10+0.5)) / 10 }

// Package sample holds Tandem's built-in sample roadmap: the roadmap a first
// start of the app shows and `tandem sample` writes.
//
// The sample is a growth org of four lanes (Paid, Content, Product, AI tools)
// over H1 2027 with a Mon-Fri calendar, seen on 2027-02-15. It is written by
// hand so that every analysis of SPEC §3 has something to find: a surface
// disruption (the spring pricing campaign relies on the pricing page while
// content redesigns it), a collision (the signup experiment and the signup
// copy rewrite both change the signup flow), a metric conflict (AI chat lifts
// signup conversion while the AI lead gate lowers it), a declared conflict, an
// accepted conflict, a sequence conflict (launch emails planned before Pricing
// v2 can be live), opportunities, flywheels, cross-lane blocked events and a
// killed effort. backend/analysis tests that each is found.
package sample

import _ "embed"

// Name is the sample roadmap's name (its "name" field).
const Name = "Growth H1 2027 (sample)"

//go:embed sample.tandem
var data []byte

// Bytes returns the sample roadmap file (format tandem/roadmap v1, pretty JSON).
// It returns a fresh copy on each call, so callers may modify it. Cost: one
// copy of a few kilobytes.
func Bytes() []byte {
	return append([]byte(nil), data...)
}

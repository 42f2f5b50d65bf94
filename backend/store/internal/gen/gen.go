// Package gen is kept only because create_test.go still imports it; the
// generator is modeltest's. Switch that file to modeltest.Config and
// modeltest.EffortID, then delete this package.
package gen

import (
	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// Config is modeltest.Config.
type Config = modeltest.Config

// Roadmap returns c.Roadmap().
func Roadmap(c Config) *model.Roadmap { return c.Roadmap() }

// EffortID is modeltest.EffortID.
func EffortID(i int) string { return modeltest.EffortID(i) }

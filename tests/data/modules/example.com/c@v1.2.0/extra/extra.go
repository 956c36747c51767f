// Package extra is the only user of example.com/g, so importers of
// example.com/c do not need g.
package extra

import "example.com/g"

func E() string { return g.G() }

// Package model is the bottom of the diamond: parse and transform both
// import it, stages reaches it through both.
package model

// Record is one "name=value" line of input.
type Record struct {
	Name  string
	Value int
}

// d is at go 1.16 (unpruned): its whole requirement graph is read, and
// d -> e -> f v1.1.0 raises f above h's f v1.0.0.
package main

import (
	"example.com/d"
	"example.com/h"
)

func main() { println(d.D(), h.H()) }

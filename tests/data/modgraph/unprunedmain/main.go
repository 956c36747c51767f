// The main module is at go 1.16: every go.mod in the graph is read, so
// c v1.2.0's requirement on g is in the build list.
package main

import (
	"example.com/a"
	"example.com/b"
)

func main() { println(a.A(), b.B()) }

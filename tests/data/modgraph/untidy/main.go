// The root c v1.1.0 is below the version b requires (v1.2.0): go updates
// the roots with -mod=mod (pulling in c v1.2.0's requirement g) and
// refuses with -mod=readonly.
package main

import (
	"example.com/b"
	"example.com/c"
)

func main() { println(b.B(), c.C()) }

// a needs c v1.1.0 and b needs c v1.2.0: MVS selects c v1.2.0. The main
// module is pruned (go 1.21) and c is not a root, so c's own go.mod (which
// requires example.com/g) is never read and g is not in the build list.
package main

import (
	"example.com/a"
	"example.com/b"
)

func main() { println(a.A(), b.B()) }

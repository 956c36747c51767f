// m2 requires m1 at a version that exists nowhere: in a workspace the
// workspace module m1 wins. b (via m2) raises c to v1.2.0, above m1's
// requirement, so go reads c v1.2.0's requirements too (workspace
// pruning), and c v1.2.0 is replaced by ../cfork in go.work.
package m2

import (
	"example.com/b"
	"example.com/m1"
	"example.com/nomod"
)

func M2() string { return b.B() + m1.M1() + nomod.N() }

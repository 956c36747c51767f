// b requires c v1.2.0, which is excluded: c v1.1.0 (from a) is selected.
package main

import (
	"example.com/a"
	"example.com/b"
)

func main() { println(a.A(), b.B()) }

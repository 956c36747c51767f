// The requirement on the excluded c v1.2.0 is ignored (with a warning).
package main

import "example.com/a"

func main() { println(a.A()) }

// c v1.2.0 is a root, so its go.mod is read and its requirement g is in
// the build list; g's own requirements would not be read.
package main

import "example.com/a"

func main() { println(a.A()) }

// No go line: go assumes 1.16 (unpruned) unless -mod=mod adds one.
package main

import "example.com/a"

func main() { println(a.A()) }

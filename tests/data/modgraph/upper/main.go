// Upper-case letters in module paths and versions are !-escaped in the
// module cache.
package main

import upper "example.com/Upper"

func main() { println(upper.U()) }

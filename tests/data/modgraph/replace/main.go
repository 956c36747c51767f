package main

import (
	"example.com/a"
	"example.com/b"
	"example.com/nomod"
)

func main() { println(a.A(), b.B(), nomod.N()) }

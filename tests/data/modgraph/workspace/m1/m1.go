package m1

import (
	"example.com/a"
	"example.com/c"
)

func M1() string { return a.A() + c.C() }

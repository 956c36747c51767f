package a

import "example.com/c"

func A() string { return "a1.0.0 " + c.C() }

package a

import "example.com/c"

func A() string { return "a1.1.0 " + c.C() }

package a

import "example.com/c"

func A() string { return "local a " + c.C() }

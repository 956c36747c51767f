package b

import "example.com/c"

func B() string { return "b1.0.0 " + c.C() }

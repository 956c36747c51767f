package b

import "example.com/c"

func B() string { return "forkb1.0.0 " + c.C() }

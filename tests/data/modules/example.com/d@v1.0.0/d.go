package d

import "example.com/e"

func D() string { return "d1.0.0 " + e.E() }

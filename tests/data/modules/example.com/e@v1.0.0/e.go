package e

import "example.com/f"

func E() string { return "e1.0.0 " + f.F() }

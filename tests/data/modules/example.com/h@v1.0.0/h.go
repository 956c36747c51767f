package h

import "example.com/f"

func H() string { return "h1.0.0 " + f.F() }

package upper

import "example.com/lower"

func U() string { return "Upper1.0.0 " + lower.L() }

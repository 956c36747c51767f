package f

func F() string { return "f1.1.0" }

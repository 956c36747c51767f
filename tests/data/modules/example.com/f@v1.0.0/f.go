package f

func F() string { return "f1.0.0" }

package c

func C() string { return "c1.1.0" }

package c

func C() string { return "c1.2.0" }

package c

func C() string { return "cfork" }

package g

func G() string { return "g1.0.0" }

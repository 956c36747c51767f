package lower

func L() string { return "lower1.0.0-RC1" }

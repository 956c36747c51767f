package nomod

func N() string { return "local nomod" }

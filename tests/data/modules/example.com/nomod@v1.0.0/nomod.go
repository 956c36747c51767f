// Package nomod comes from a module without a go.mod file.
package nomod

func N() string { return "nomod1.0.0" }

// Package mathx has one function, Add, written in assembly on amd64
// (add_amd64.s, declared in add_asm.go) and in Go everywhere else
// (add_generic.go).
package mathx

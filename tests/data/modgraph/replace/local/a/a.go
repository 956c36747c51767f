// Package a replaces example.com/a: its requirements (f) are used instead
// of those of a v1.0.0.
package a

import "example.com/f"

func A() string { return "local a " + f.F() }

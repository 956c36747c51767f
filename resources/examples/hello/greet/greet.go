// Package greet builds greeting messages. Its tests show TestMain, an
// Example, an external test package, a benchmark, and a test whose result
// depends on an environment variable and a file (test-cache inputs).
package greet

// Message returns "<greeting>, <name>!".
func Message(greeting, name string) string {
	return greeting + ", " + name + "!"
}

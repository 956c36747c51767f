// An external test package: it sees greet only through its exported API.
package greet_test

import (
	"fmt"

	"example.com/hello/greet"
)

func ExampleMessage() {
	fmt.Println(greet.Message("Hello", "gopher"))
	// Output: Hello, gopher!
}

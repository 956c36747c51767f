// Command hello prints a greeting and a few facts gathered from the other
// packages of this module.
package main

import (
	"fmt"
	"os"

	"example.com/hello/assets"
	"example.com/hello/greet"
	"example.com/hello/internal/text"
	"example.com/hello/mathx"
	"example.com/hello/platform"
)

func main() {
	greeting := assets.Greeting()
	if g := os.Getenv("HELLO_GREETING"); g != "" {
		greeting = g
	}
	fmt.Println(text.Underline(greet.Message(greeting, "gopher")))
	fmt.Println("2 + 3 =", mathx.Add(2, 3), "via", mathx.Impl)
	fmt.Println("platform:", platform.Describe())
	fmt.Println("embedded:", assets.Names())
}

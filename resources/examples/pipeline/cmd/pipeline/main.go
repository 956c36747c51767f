// Command pipeline runs a fixed input through the stages and prints it.
package main

import (
	"fmt"
	"os"
	"strings"

	"example.com/pipeline/stages"
	"example.com/pipeline/util"
)

const input = `
apples = 12
pears = -3
plums = 250
`

func main() {
	recs, err := stages.Run(input)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
	for _, r := range recs {
		fmt.Printf("%-8s %3d %s\n", r.Name, r.Value, bar(r.Value))
	}
}

// bar draws one '#' per 10 units, at most 10.
func bar(v int) string {
	return strings.Repeat("#", util.Clamp(v/10, 0, 10))
}

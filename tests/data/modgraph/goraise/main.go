// newer says go 1.23, above this module's go 1.21: the "go" root is not
// the selected version, so go must update go.mod (refused with
// -mod=readonly).
package main

import _ "example.com/newer"

func main() {}

package greet

import (
	"os"
	"testing"
)

// names is prepared once by TestMain for all tests of the package.
var names []string

// TestMain runs in place of the tests: it sets up, then calls m.Run.
func TestMain(m *testing.M) {
	names = []string{"gopher", "teacher"}
	os.Exit(m.Run())
}

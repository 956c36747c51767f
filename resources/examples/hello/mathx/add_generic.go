//go:build !amd64

package mathx

// Impl names the implementation in use.
const Impl = "pure Go"

// Add returns a + b.
func Add(a, b int64) int64 {
	return a + b
}
